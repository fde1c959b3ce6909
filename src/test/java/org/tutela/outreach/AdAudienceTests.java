package org.tutela.outreach;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.consent.Wording;
import org.tutela.disclosures.RecipientNotInRegister;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.platform.InvalidInput;
import org.tutela.platform.PersonalDataCatalogue;
import org.tutela.testing.Mailbox;
import org.tutela.testing.PaperConsent;
import org.tutela.platform.Sha256;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With the online academy's pack: an ad audience of hashed addresses, only with consent, recorded
 * as a disclosure (SKI-8). The context is closed afterwards, so its schedulers (the outbox) do not
 * go on working for the other tests with another pack.
 */
@SpringBootTest(properties = "tutela.policy.pack=online-academy")
@DirtiesContext
class AdAudienceTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String ACTIVITY = "advertising-audiences";

	@Autowired
	AdAudiences ads;

	@Autowired
	MailingLists lists;

	@Autowired
	Persons persons;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void marketingStaff() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("marketing", null, "backoffice", "people.manage",
					"outreach.manage", "disclosures.record"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void onlyPersonsWhoConsentedGoOutAndOnlyAsTheHashOfTheirNormalisedAddress_SKI8() {
		UUID consented = person("Anna.Ads+" + this.tag + "@Example.org");
		UUID withdrew = person("bert+" + this.tag + "@example.org");
		UUID silent = person("chris+" + this.tag + "@example.org");
		UUID restricted = person("dana+" + this.tag + "@example.org");
		for (UUID person : List.of(consented, withdrew, restricted)) {
			this.ledger.record(person, ACTIVITY, ChoiceKind.GIVEN, PaperConsent.signed(this.ledger, ACTIVITY));
		}
		this.ledger.record(withdrew, ACTIVITY, ChoiceKind.WITHDRAWN, Evidence.of(Channel.EMAIL_LINK));
		this.catalogue.restrict(restricted, true);

		List<String> hashes = this.ads.export(ACTIVITY, "Advertising platform");

		assertThat(hashes).contains(Sha256.hex("anna.ads+" + this.tag + "@example.org"))
			.doesNotContain(Sha256.hex("bert+" + this.tag + "@example.org"), Sha256.hex("chris+" + this.tag + "@example.org"),
					Sha256.hex("dana+" + this.tag + "@example.org"))
			.allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
		assertThat(disclosedTo(consented)).containsExactly("Advertising platform");
		assertThat(disclosedTo(withdrew)).isEmpty();
		assertThat(disclosedTo(silent)).isEmpty();
	}

	@Test
	void anAddressTickedOnTheFormButNeverConfirmedIsNotInTheAudienceUntilItsOwnerConfirms_SKI8() throws Exception {
		MailingList list = this.lists.create(new NewMailingList("ads-" + this.tag, "Ads " + this.tag, ACTIVITY,
				ListCategory.MARKETING));
		Wording wording = this.ledger.publish(ACTIVITY, "en", "Yes, show me offers on other websites.");
		String email = "fien+" + this.tag + "@example.org";

		this.lists.request(list.code(), new SubscriptionRequest("Fien", "Test", email, "en", true, wording.id()),
				"203.0.113.5", "Firefox/140.0");

		assertThat(this.ads.export(ACTIVITY, "Advertising platform")).doesNotContain(Sha256.hex(email));
		String body = GreenMailUtil.getBody(Mailbox.await(smtp, email, "Confirm your subscription").get(0));
		Matcher link = Pattern.compile("/subscribe/confirm/([A-Za-z0-9_-]+)").matcher(Mailbox.decoded(body));
		assertThat(link.find()).isTrue();
		this.lists.confirm(link.group(1), "203.0.113.5", "Firefox/140.0");
		assertThat(this.ads.export(ACTIVITY, "Advertising platform")).contains(Sha256.hex(email));
	}

	@Test
	void noExportToAPlatformThePackDoesNotNameOrFromAnActivityWithoutConsent() {
		UUID consented = person("eva+" + this.tag + "@example.org");
		this.ledger.record(consented, ACTIVITY, ChoiceKind.GIVEN, PaperConsent.signed(this.ledger, ACTIVITY));

		assertThatThrownBy(() -> this.ads.export(ACTIVITY, "A data broker")).isInstanceOf(RecipientNotInRegister.class);
		assertThatThrownBy(() -> this.ads.export("offers-from-past-trainings", "Advertising platform"))
			.isInstanceOf(InvalidInput.class);
		assertThat(disclosedTo(consented)).isEmpty();
	}

	private List<String> disclosedTo(UUID person) {
		return this.jdbc.sql("SELECT d.recipient FROM disclosure d JOIN disclosure_person p ON p.disclosure_id = d.id "
				+ "WHERE p.person_id = ?").param(person).query(String.class).list();
	}

	private UUID person(String email) {
		return this.persons.register(new NewPerson("Ad", null, "Test", null, "nl", null, Provenance.WEB_FORM,
				List.of(NewContact.business(email)), List.of(), List.of())).id();
	}

}
