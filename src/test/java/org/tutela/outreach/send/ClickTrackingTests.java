package org.tutela.outreach.send;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.consent.Channel;
import org.tutela.personaldata.PersonId;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.outreach.Campaign;
import org.tutela.outreach.Campaigns;
import org.tutela.outreach.ClickToFollow;
import org.tutela.outreach.FollowUps;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.NewCampaign;
import org.tutela.outreach.NewMailingList;
import org.tutela.outreach.Variant;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * With the quality network's pack, whose mailings declare connection data: links in a
 * campaign lead through click tracking, a click is kept for staff to follow up while the
 * person may still be written to, and lists whose activity declares no connection data
 * are not tracked (VCK-4).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=quality-network")
@Import(Http.class)
@DirtiesContext
class ClickTrackingTests {

	private static final Pattern TRACKED = Pattern.compile("https?://[^/\\s]+(/r/[A-Za-z0-9_.-]+)");

	@Autowired
	Http http;

	@Autowired
	MailingLists lists;

	@Autowired
	Campaigns campaigns;

	@Autowired
	MessageComposer composer;

	@Autowired
	MailAddresses addresses;

	@Autowired
	FollowUps followUps;

	@Autowired
	Persons persons;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	PersonalDataCatalogue catalogue;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void marketingStaff() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("marketing", null, "backoffice", "people.manage",
					"outreach.manage"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aClickIsKeptForFollowUpWhileThePersonMayBeWrittenTo_VCK4() {
		String email = "member+" + this.tag + "@example.be";
		PersonId member = this.persons
			.register(new NewPerson("Mia", null, "Leden", null, "nl", null, Provenance.UNKNOWN_LEGACY,
					List.of(NewContact.business(email)), List.of(), List.of()))
			.id();
		MailingList mailings = list("mailings");
		this.lists.add(mailings.code(), List.of(email));
		Campaign campaign = campaign(mailings, "Lees het artikel: https://example.be/artikels/kwaliteit?id=7.");

		OutgoingMail mail = this.composer.compose(mailings, campaign.id(), campaign.variants(),
				this.addresses.of(member).orElseThrow());

		assertThat(mail.text()).doesNotContain("https://example.be/artikels").contains("/unsubscribe/");
		Matcher tracked = TRACKED.matcher(mail.text());
		assertThat(tracked.find()).isTrue();
		HttpResponse<String> followed = this.http.get(tracked.group(1));
		assertThat(followed.statusCode()).isEqualTo(302);
		assertThat(followed.headers().firstValue("Location")).hasValue("https://example.be/artikels/kwaliteit?id=7");
		assertThat(this.followUps.open()).filteredOn(click -> click.person().equals(member))
			.extracting(ClickToFollow::url, ClickToFollow::subject)
			.containsExactly(tuple("https://example.be/artikels/kwaliteit?id=7", "Nieuws " + this.tag));
		assertThat(this.catalogue.export(member).get("outreach"))
			.anySatisfy(record -> assertThat(record.label()).isEqualTo("click"));

		this.ledger.record(member, "mailings", ChoiceKind.OBJECTED, Evidence.of(Channel.EMAIL_LINK));
		assertThat(this.http.get(tracked.group(1)).statusCode()).as("the link still leads on").isEqualTo(302);
		assertThat(this.followUps.open()).filteredOn(click -> click.person().equals(member)).hasSize(1);

		this.followUps.done(this.followUps.open()
			.stream()
			.filter(click -> click.person().equals(member))
			.findFirst()
			.orElseThrow()
			.seq());
		assertThat(this.followUps.open()).noneMatch(click -> click.person().equals(member));
	}

	@Test
	void aListWhoseActivityDeclaresNoConnectionDataIsNotTracked() {
		String email = "expert+" + this.tag + "@example.be";
		PersonId expert = this.persons
			.register(new NewPerson("Jo", null, "Expert", null, "nl", null, Provenance.UNKNOWN_LEGACY,
					List.of(NewContact.business(email)), List.of(), List.of()))
			.id();
		MailingList matching = list("expertise-matching");
		this.lists.add(matching.code(), List.of(email));
		Addressee to = this.addresses.of(expert).orElseThrow();
		Campaign campaign = campaign(matching, "Zie https://example.be/experts.");

		OutgoingMail mail = this.composer.compose(matching, campaign.id(), campaign.variants(), to);

		assertThat(mail.text()).contains("https://example.be/experts").doesNotContain("/r/");
		assertThat(this.http.get("/r/forged.token").statusCode()).isEqualTo(404);
	}

	private MailingList list(String activity) {
		return this.lists.create(new NewMailingList(activity + "-" + this.tag, activity + " " + this.tag, activity,
				ListCategory.MARKETING));
	}

	private Campaign campaign(MailingList list, String body) {
		return this.campaigns
			.create(new NewCampaign(list.code(), List.of(new Variant("nl", "Nieuws " + this.tag, body))));
	}

}
