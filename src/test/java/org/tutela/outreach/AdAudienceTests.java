package org.tutela.outreach;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.consent.Channel;
import org.tutela.personaldata.PersonId;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.consent.Wording;
import org.tutela.disclosures.RecipientNotInRegister;
import org.tutela.identity.Role;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.testing.Mailbox;
import org.tutela.testing.PaperConsent;
import org.tutela.platform.crypto.Sha256;
import org.tutela.testing.Http;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With the online academy's pack: an ad audience of hashed addresses, only with consent,
 * recorded as a disclosure (SKI-8), as CSV or JSON over the API. The context is closed
 * afterwards, so its schedulers (the outbox) do not go on working for the other tests
 * with another pack.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=online-academy")
@Import(Http.class)
@DirtiesContext
class AdAudienceTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final String ACTIVITY = "advertising-audiences";

	@Autowired
	AdAudiences ads;

	@Autowired
	MailingLists lists;

	@Autowired
	Subscribing subscribing;

	@Autowired
	Persons persons;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	@Autowired
	TestAccounts accounts;

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
		PersonId consented = person("Anna.Ads+" + this.tag + "@Example.org");
		PersonId withdrew = person("bert+" + this.tag + "@example.org");
		PersonId silent = person("chris+" + this.tag + "@example.org");
		PersonId restricted = person("dana+" + this.tag + "@example.org");
		for (PersonId person : List.of(consented, withdrew, restricted)) {
			this.ledger.record(person, ACTIVITY, ChoiceKind.GIVEN, PaperConsent.signed(this.ledger, ACTIVITY));
		}
		this.ledger.record(withdrew, ACTIVITY, ChoiceKind.WITHDRAWN, Evidence.of(Channel.EMAIL_LINK));
		this.catalogue.restrict(restricted, true);

		List<String> hashes = this.ads.export(ACTIVITY, "Advertising platform");

		assertThat(hashes).contains(Sha256.hex("anna.ads+" + this.tag + "@example.org"))
			.doesNotContain(Sha256.hex("bert+" + this.tag + "@example.org"),
					Sha256.hex("chris+" + this.tag + "@example.org"), Sha256.hex("dana+" + this.tag + "@example.org"))
			.allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
		assertThat(disclosedTo(consented)).containsExactly("Advertising platform");
		assertThat(disclosedTo(withdrew)).isEmpty();
		assertThat(disclosedTo(silent)).isEmpty();
	}

	@Test
	void anAddressTickedOnTheFormButNeverConfirmedIsNotInTheAudienceUntilItsOwnerConfirms_SKI8() throws Exception {
		MailingList list = this.lists
			.create(new NewMailingList("ads-" + this.tag, "Ads " + this.tag, ACTIVITY, ListCategory.MARKETING));
		Wording wording = this.ledger.publish(ACTIVITY, "en", "Yes, show me offers on other websites.");
		String email = "fien+" + this.tag + "@example.org";

		this.subscribing.request(list.code(), new SubscriptionRequest("Fien", "Test", email, "en", true, wording.id()),
				"203.0.113.5", "Firefox/140.0");

		assertThat(this.ads.export(ACTIVITY, "Advertising platform")).doesNotContain(Sha256.hex(email));
		String body = GreenMailUtil.getBody(Mailbox.await(smtp, email, "Confirm your subscription").get(0));
		Matcher link = Pattern.compile("/subscribe/confirm/([A-Za-z0-9_-]+)").matcher(Mailbox.decoded(body));
		assertThat(link.find()).isTrue();
		this.subscribing.confirm(link.group(1), "203.0.113.5", "Firefox/140.0");
		assertThat(this.ads.export(ACTIVITY, "Advertising platform")).contains(Sha256.hex(email));
	}

	@Test
	void noExportToAPlatformThePackDoesNotNameOrFromAnActivityWithoutConsent() {
		PersonId consented = person("eva+" + this.tag + "@example.org");
		this.ledger.record(consented, ACTIVITY, ChoiceKind.GIVEN, PaperConsent.signed(this.ledger, ACTIVITY));

		assertThatThrownBy(() -> this.ads.export(ACTIVITY, "A data broker")).isInstanceOf(RecipientNotInRegister.class);
		assertThatThrownBy(() -> this.ads.export("offers-from-past-trainings", "Advertising platform"))
			.isInstanceOf(InvalidInput.class);
		assertThat(disclosedTo(consented)).isEmpty();
	}

	@Test
	void theApiAnswersInCsvOrInJsonAsAskedAndNamesBothWhenAskedForAnotherFormat_SKI8() {
		PersonId consented = person("fleur+" + this.tag + "@example.org");
		this.ledger.record(consented, ACTIVITY, ChoiceKind.GIVEN, PaperConsent.signed(this.ledger, ACTIVITY));
		String hash = Sha256.hex("fleur+" + this.tag + "@example.org");
		String path = "/api/v1/outreach/ad-audiences/" + ACTIVITY + "?recipient=Advertising%20platform";
		String marketing = this.accounts.of(Role.MARKETING).basic();

		HttpResponse<String> json = this.http.post(path, "application/json", "", "Authorization", marketing, "Accept",
				"application/json");
		assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
		assertThat(json.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(json.body()).startsWith("{\"hashes\":[").contains("\"" + hash + "\"");

		HttpResponse<String> csv = this.http.post(path, "application/json", "", "Authorization", marketing);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body()).startsWith("sha256_email\n").contains("\n" + hash + "\n");

		HttpResponse<String> pdf = this.http.post(path, "application/json", "", "Authorization", marketing, "Accept",
				"application/pdf");
		assertThat(pdf.statusCode()).isEqualTo(406);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(pdf.body()).contains("\"type\":\"urn:tutela:problem:not-acceptable\"",
				"This address answers only in text/csv, application/json; ask for one of these in the Accept header.")
			.doesNotContain("try again later");
		assertThat(disclosedTo(consented)).as("recorded for each export made, not for the one refused").hasSize(2);
	}

	private List<String> disclosedTo(PersonId person) {
		return this.jdbc
			.sql("SELECT d.recipient FROM disclosure d JOIN disclosure_person p ON p.disclosure_id = d.id "
					+ "WHERE p.person_id = ?")
			.param(person.value())
			.query(String.class)
			.list();
	}

	private PersonId person(String email) {
		return this.persons
			.register(new NewPerson("Ad", null, "Test", null, "nl", null, Provenance.WEB_FORM,
					List.of(NewContact.business(email)), List.of(), List.of()))
			.id();
	}

}
