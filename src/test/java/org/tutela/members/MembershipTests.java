package org.tutela.members;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.members.application.MembershipEnds;
import org.tutela.outreach.Campaign;
import org.tutela.outreach.Campaigns;
import org.tutela.outreach.NewCampaign;
import org.tutela.outreach.Variant;
import org.tutela.people.OrganisationContact;
import org.tutela.personaldata.MembershipEnded;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.NewMailingList;
import org.tutela.outreach.Unsubscribing;
import org.tutela.outreach.list.Links;
import org.tutela.outreach.list.Subscriptions;
import org.tutela.outreach.send.Audiences;
import org.tutela.people.MembershipStatus;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.DataRequest;
import org.tutela.requests.RequestAnswers;
import org.tutela.requests.RequestFixtures;
import org.tutela.requests.Right;
import org.tutela.retention.RetentionFixtures;
import org.tutela.testing.Browser;
import org.tutela.testing.Eventually;
import org.tutela.testing.Http;
import org.tutela.testing.Mailbox;
import org.tutela.testing.MovableClock;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.requests.RequestFixtures.dpo;

/**
 * Membership under the HR network's pack (CES-4, CES-2, CES-9): an organisation applies
 * through the public form, the coordinator accepts it from a day, the organisation is a
 * member with the applicant as its contact, who keeps receiving the members' legal
 * information after leaving the newsletter; the membership ends, on its own the day after
 * its last day, its contact leaves the members' mailings and their role ends, and its
 * record and then the contact go the day after three years from its end; a refused
 * application goes three years after it was refused; an erasure request reaches both
 * through the catalogue.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=hr-network")
@RecordApplicationEvents
@Import({ Http.class, TrainingFixtures.class, RetentionFixtures.class, RequestFixtures.class,
		MovableClock.Configuration.class })
class MembershipTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	RetentionFixtures retention;

	@Autowired
	RequestFixtures requests;

	@Autowired
	RequestAnswers answers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	MailingLists lists;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	Links links;

	@Autowired
	Unsubscribing unsubscribing;

	@Autowired
	Audiences audiences;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	MembershipEnds ends;

	@Autowired
	Campaigns campaigns;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAcceptedApplicationMakesAMemberWhoKeepsTheLegalInformationAndWhoseRecordGoesThreeYearsAfterTheEnd_CES4_CES2_CES9()
			throws Exception {
		String email = "an+" + this.tag + "@members.example.be";
		String organisation = "Acme Prevention " + this.tag;
		String enterprise = enterpriseNumber();
		MailingList notices = Staff.as(() -> this.lists.create(new NewMailingList("member-notices-" + this.tag,
				"Member notices " + this.tag, "membership", ListCategory.LEGAL)), "outreach.manage");
		MailingList newsletter = Staff.as(() -> this.lists.create(new NewMailingList("newsletter-" + this.tag,
				"Newsletter " + this.tag, "newsletter", ListCategory.MARKETING)), "outreach.manage");

		HttpResponse<String> sent = apply(organisation, enterprise, "An", "Claes", email, "HR manager");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("We received your application");
		assertThat(apply(organisation, enterprise, "An", "Claes", email, "HR manager").statusCode()).isEqualTo(200);
		assertThat(count(email)).as("the same application sent twice is stored once").isEqualTo(1);
		Map<String, Object> row = row(email);
		assertThat(row).containsEntry("decision", null)
			.containsEntry("enterprise_number", enterprise.replace(".", ""))
			.containsEntry("job_function", "HR manager");
		UUID id = (UUID) row.get("id");
		PersonId person = PersonId.of((UUID) row.get("person_id"));

		Browser coordinator = signedIn(Role.COORDINATOR);
		assertThat(coordinator.get("/admin/members").body()).contains(organisation, "An Claes");
		String page = coordinator.get("/admin/members/" + id).body();
		assertThat(page).contains("Membership application", organisation, enterprise, "HR manager", "Member from")
			.doesNotContain("ACCEPTED", ">" + id);
		assertThat(signedIn(Role.MARKETING).get("/admin/members/" + id).statusCode()).isEqualTo(403);

		LocalDate from = LocalDate.now(ZoneId.of("Europe/Brussels"));
		HttpResponse<String> accepted = coordinator.post("/admin/members/" + id + "/accept", "from", from.toString());
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(coordinator.get("/admin/members/" + id).body()).contains("The application was accepted", "Accepted",
				"End the membership");
		assertThat(RequestFixtures.body(Mailbox.await(smtp, email, "Your membership application to")))
			.contains("is a member from");
		UUID member = (UUID) row(email).get("organisation_id");
		Organisation admitted = Staff.as(() -> this.organisations.get(member), "people.read");
		assertThat(admitted.name()).isEqualTo(organisation);
		assertThat(admitted.membershipStatus()).isEqualTo(MembershipStatus.MEMBER);
		assertThat(admitted.memberSince()).isEqualTo(from);
		assertThat(admitted.contacts()).extracting(contact -> contact.person()).containsExactly(person);
		assertThat(lastContact(person)).as("the decision is a contact the rule counts from").isNotNull();
		assertThat(coordinator.get("/admin/organisations/" + member).body())
			.contains("/admin/members?organisation=" + member);

		Eventually.holds("the member's contact joins the members' legal list",
				() -> this.audiences.includes(notices, person));
		this.subscriptions.put(newsletter.id(), person, null, java.time.Instant.now());
		this.unsubscribing.unsubscribe(
				this.links.unsubscribe(newsletter.id(), person).replaceAll(".*/unsubscribe/", ""), "203.0.113.1",
				"test");
		assertThat(this.subscriptions.status(newsletter.id(), person)).hasValueSatisfying(
				status -> assertThat(status).isNotEqualTo(org.tutela.outreach.list.Subscription.Status.ACTIVE));
		assertThat(this.audiences.of(notices)).as("CES-2: legal information still reaches the member").contains(person);

		HttpResponse<String> early = coordinator.post("/admin/members/" + id + "/end", "until",
				from.minusDays(1).toString());
		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(early.body()).contains("id=\"until-error\"", "The membership cannot end before it began.");
		LocalDate until = from.plusDays(30);
		assertThat(coordinator.post("/admin/members/" + id + "/end", "until", until.toString()).statusCode())
			.isEqualTo(302);
		assertThat(row(email)).containsEntry("member_until", java.sql.Date.valueOf(until));
		assertThat(Staff.as(() -> this.organisations.get(member), "people.read").memberUntil()).isEqualTo(until);

		this.retention.sweep(until.plusYears(3));
		assertThat(count(email)).as("kept three years after the end of the membership").isEqualTo(1);
		this.retention.sweep(until.plusYears(3).plusDays(1));
		assertThat(count(email)).as("delete 3 years after end of membership").isZero();
	}

	/**
	 * Staff end a membership ahead of its last day: the organisation stays a member to
	 * that day and is a former member the next, announced once; its contact then leaves
	 * the members' mailings, which a current member's contact still gets, and their
	 * contact role ends, so that three years after the end nothing keeps them.
	 */
	@Test
	void aMembershipEndedAheadEndsTheDayAfterItsLastDayAndItsContactLeavesTheMailingsAndGoesThreeYearsLater_CES4_CES2_CES9()
			throws Exception {
		MailingList notices = Staff.as(() -> this.lists.create(new NewMailingList("member-mailing-" + this.tag,
				"Members' mailing " + this.tag, "membership", ListCategory.LEGAL)), "outreach.manage");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
		String evaEmail = "eva+" + this.tag + "@members.example.be";
		String kurtEmail = "kurt+" + this.tag + "@members.example.be";
		UUID eva = admitted("Ending " + this.tag, "Eva", evaEmail, today);
		UUID kurt = admitted("Staying " + this.tag, "Kurt", kurtEmail, today);
		PersonId former = PersonId.of((UUID) row(evaEmail).get("person_id"));
		PersonId current = PersonId.of((UUID) row(kurtEmail).get("person_id"));
		UUID ending = (UUID) row(evaEmail).get("organisation_id");
		UUID staying = (UUID) row(kurtEmail).get("organisation_id");
		Eventually.holds("both contacts join the members' legal list",
				() -> this.audiences.includes(notices, former) && this.audiences.includes(notices, current));

		LocalDate until = today.plusDays(10);
		assertThat(end(eva, until).statusCode()).isEqualTo(302);
		assertThat(organisation(ending).membershipStatus()).isEqualTo(MembershipStatus.MEMBER);
		assertThat(organisation(ending).memberUntil()).isEqualTo(until);

		this.clock.day(until);
		try {
			assertThat(this.ends.endPassed()).as("a member to its last day").isZero();
			assertThat(organisation(ending).membershipStatus()).isEqualTo(MembershipStatus.MEMBER);
			assertThat(this.events.stream(MembershipEnded.class)).isEmpty();
			this.clock.day(until.plusDays(1));
			this.ends.endPassed();
			assertThat(this.ends.endPassed()).as("announced once").isZero();
		}
		finally {
			this.clock.now();
		}
		assertThat(organisation(ending).membershipStatus()).isEqualTo(MembershipStatus.FORMER_MEMBER);
		assertThat(organisation(ending).memberUntil()).isEqualTo(until);
		assertThat(organisation(staying).membershipStatus()).isEqualTo(MembershipStatus.MEMBER);
		assertThat(this.events.stream(MembershipEnded.class).filter(ended -> ended.organisation().equals(ending)))
			.containsExactly(new MembershipEnded(ending, until, List.of(former)));
		assertThat(this.events.stream(MembershipEnded.class).filter(ended -> !ended.organisation().equals(ending)))
			.isEmpty();
		Eventually.holds("the former member's contact leaves the list and their contact role ends",
				() -> !this.audiences.includes(notices, former) && organisation(ending).contacts().isEmpty());
		assertThat(this.audiences.of(notices)).contains(current);
		assertThat(organisation(staying).contacts()).extracting(OrganisationContact::person).containsExactly(current);
		assertThat(place(notices, former)).containsEntry("status", "ENDED")
			.containsEntry("end_reason", "MEMBERSHIP_ENDED");
		Object endedAt = place(notices, former).get("ended_at");

		this.transactions.executeWithoutResult(
				status -> this.publisher.publishEvent(new MembershipEnded(ending, until, List.of(former))));
		Eventually.holds("a second delivery is handled", () -> this.jdbc.sql(
				"SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%MembershipEnded' AND completion_date IS NULL")
			.query(Integer.class)
			.single() == 0);
		assertThat(place(notices, former).get("ended_at")).as("changes nothing more").isEqualTo(endedAt);
		assertThat(this.audiences.of(notices)).as("a current member's contact stays").contains(current);

		String subject = "Members' news " + this.tag;
		Campaign mailing = Staff.as(() -> this.campaigns.create(new NewCampaign(notices.code(),
				List.of(new Variant("en", subject, "The annual meeting is on 12 June.")))), "outreach.manage");
		Staff.as(() -> this.campaigns.send(mailing.id()), "outreach.manage");
		assertThat(Mailbox.await(smtp, kurtEmail, subject)).hasSize(1);
		Eventually.holds("the mailing is sent",
				() -> Staff.as(() -> this.campaigns.get(mailing.id()), "outreach.manage")
					.status() == Campaign.Status.SENT);
		assertThat(Mailbox.to(smtp, evaEmail, subject)).as("CES-2 ends with the membership").isEmpty();

		this.retention.sweep(until.plusYears(3));
		assertThat(this.retention.personExists(former)).as("three years to the day").isTrue();
		assertThat(this.retention.subscribedNow(notices, former)).isTrue();
		assertThat(count(evaEmail)).isEqualTo(1);
		this.retention.sweep(until.plusYears(3).plusDays(1));
		assertThat(count(evaEmail)).as("delete 3 years after end of membership").isZero();
		assertThat(this.retention.subscribedNow(notices, former)).isFalse();
		assertThat(this.retention.personExists(former)).as("CES-9: nothing keeps the former member's contact")
			.isFalse();
		assertThat(this.retention.personExists(current)).as("a member's contact stays").isTrue();
		assertThat(this.retention.subscribedNow(notices, current)).isTrue();
	}

	/**
	 * A membership ended on a day already past ends at once; the contact it named stays
	 * on the members' list while another membership makes them a member's contact, and
	 * keeps that organisation's role.
	 */
	@Test
	void aMembershipEndedInThePastEndsAtOnceAndOnlyTheEndedOrganisationsRoleGoes_CES2_CES9() {
		MailingList notices = Staff.as(() -> this.lists.create(new NewMailingList("member-letters-" + this.tag,
				"Members' letters " + this.tag, "membership", ListCategory.LEGAL)), "outreach.manage");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
		String email = "sam+" + this.tag + "@members.example.be";
		UUID first = admitted("First " + this.tag, "Sam", email, today.minusDays(20));
		UUID second = admitted("Second " + this.tag, "Sam", email, today.minusDays(20));
		PersonId sam = PersonId.of((UUID) row(first).get("person_id"));
		UUID ended = (UUID) row(first).get("organisation_id");
		UUID other = (UUID) row(second).get("organisation_id");
		Eventually.holds("the contact joins the members' legal list", () -> this.audiences.includes(notices, sam));

		assertThat(end(first, today.minusDays(1)).statusCode()).isEqualTo(302);
		assertThat(organisation(ended).membershipStatus()).as("at once").isEqualTo(MembershipStatus.FORMER_MEMBER);
		assertThat(row(first)).containsEntry("end_announced", true);
		Eventually.holds("the ended organisation's role goes", () -> organisation(ended).contacts().isEmpty());
		assertThat(organisation(other).contacts()).extracting(OrganisationContact::person).containsExactly(sam);
		assertThat(this.audiences.of(notices)).as("still a member's contact").contains(sam);
	}

	/** An application accepted from the day, by the coordinator; its id. */
	private UUID admitted(String organisation, String first, String email, LocalDate from) {
		assertThat(apply(organisation, enterpriseNumber(), first, "Member", email, "HR manager").statusCode())
			.isEqualTo(200);
		UUID id = this.jdbc.sql("SELECT id FROM members_application WHERE email = ? AND organisation_name = ?")
			.param(email)
			.param(organisation)
			.query(UUID.class)
			.single();
		Browser coordinator = signedIn(Role.COORDINATOR);
		coordinator.get("/admin/members/" + id);
		assertThat(coordinator.post("/admin/members/" + id + "/accept", "from", from.toString()).statusCode())
			.isEqualTo(302);
		return id;
	}

	/** The coordinator ends the membership on its last day, from its page. */
	private HttpResponse<String> end(UUID application, LocalDate until) {
		Browser coordinator = signedIn(Role.COORDINATOR);
		assertThat(coordinator.get("/admin/members/" + application).body()).contains("End the membership");
		return coordinator.post("/admin/members/" + application + "/end", "until", until.toString());
	}

	private Organisation organisation(UUID id) {
		return Staff.as(() -> this.organisations.get(id), "people.read");
	}

	private Map<String, Object> place(MailingList list, PersonId person) {
		return this.jdbc.sql("SELECT * FROM outreach_subscription WHERE list_id = ? AND person_id = ?")
			.param(list.id())
			.param(person.value())
			.query()
			.singleRow();
	}

	private Map<String, Object> row(UUID application) {
		return this.jdbc.sql("SELECT * FROM members_application WHERE id = ?").param(application).query().singleRow();
	}

	@Test
	void aMembersEmployeesMessageLandsWithTheTeamOfItsSubjectAndOnTheMembersFile_CES5() {
		String email = "els+" + this.tag + "@members.example.be";
		String organisation = "Bouwgroep Maes " + this.tag;
		assertThat(apply(organisation, enterpriseNumber(), "Els", "Maes", email, "HR manager").statusCode())
			.isEqualTo(200);
		UUID application = (UUID) row(email).get("id");
		Browser coordinator = signedIn(Role.COORDINATOR);
		assertThat(coordinator.get("/admin/members/" + application).body()).contains(organisation);
		HttpResponse<String> accepted = coordinator.post("/admin/members/" + application + "/accept", "from",
				LocalDate.now(ZoneId.of("Europe/Brussels")).toString());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
		UUID member = (UUID) row(email).get("organisation_id");
		assertThat(member).as("accepted").isNotNull();

		Browser visitor = new Browser(this.port).accepting("text/html");
		String form = visitor.get("/contact").body();
		HttpResponse<String> sent = visitor.post("/contact", "subject", "membership", "firstName", "Els", "lastName",
				"Maes", "email", email, "message", "Which services does our membership include? " + this.tag, "shown",
				shown(form), "website", "");
		assertThat(sent.statusCode()).isEqualTo(200);

		Map<String, Object> message = this.jdbc
			.sql("SELECT id, organisation_id, route_role FROM inquiries_message WHERE sender_email = :email")
			.param("email", email)
			.query()
			.singleRow();
		assertThat(message).as("on the member's file, with the team the hr-network pack names for the subject")
			.containsEntry("organisation_id", member)
			.containsEntry("route_role", "coordinator");
		assertThat(coordinator.get("/admin/inquiries?organisation=" + member).body()).contains("Els Maes");
		assertThat(signedIn(Role.FINANCE).get("/admin/inquiries/" + message.get("id")).statusCode())
			.as("another team does not read it")
			.isEqualTo(404);
	}

	@Test
	void aRefusedApplicationTellsTheReasonAndGoesThreeYearsAfterTheRefusal_CES9() throws Exception {
		String email = "bo+" + this.tag + "@members.example.be";
		assertThat(apply("Refused " + this.tag, "", "Bo", "Peeters", email, "").statusCode()).isEqualTo(200);
		UUID id = (UUID) row(email).get("id");
		Browser coordinator = signedIn(Role.COORDINATOR);
		assertThat(coordinator.get("/admin/members/" + id).body()).contains("Awaiting a decision", "Refuse");
		HttpResponse<String> empty = coordinator.post("/admin/members/" + id + "/refuse", "reason", " ");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("id=\"reason-error\"", "This field is required.");

		assertThat(coordinator.post("/admin/members/" + id + "/refuse", "reason", "We only admit HR services.")
			.statusCode()).isEqualTo(302);
		assertThat(RequestFixtures.body(Mailbox.await(smtp, email, "Your membership application to")))
			.contains("We only admit HR services.");
		assertThat(coordinator.post("/admin/members/" + id + "/accept", "from", "2026-01-01").statusCode())
			.as("decided once")
			.isEqualTo(400);
		Map<String, Object> row = row(email);
		assertThat(row).containsEntry("decision", "REFUSED").containsEntry("organisation_id", null);

		LocalDate refused = ((java.sql.Date) row.get("decided_on")).toLocalDate();
		this.retention.sweep(refused.plusYears(3));
		assertThat(count(email)).isEqualTo(1);
		this.retention.sweep(refused.plusYears(3).plusDays(1));
		assertThat(count(email)).as("delete 3 years after request closed").isZero();
	}

	@Test
	void anErasureRequestReachesTheApplicationThroughTheCatalogue_ALL1() {
		String email = "cas+" + this.tag + "@members.example.be";
		assertThat(apply("Erased " + this.tag, "", "Cas", "Wouters", email, "").statusCode()).isEqualTo(200);
		PersonId person = PersonId.of((UUID) row(email).get("person_id"));

		DataRequest request = this.requests.verified(person, Right.ERASURE);
		dpo(() -> this.answers.erase(request.id()));

		assertThat(count(email)).isZero();
	}

	@Test
	void theFormAsksOnlyWhatTheMembershipActivityNeedsWithItsNoticeInTheSitesLanguages_CES4() {
		Browser visitor = new Browser(this.port).accepting("text/html");
		String form = visitor.get("/membership").body();
		assertThat(fieldsOf(form)).containsExactlyInAnyOrder("_csrf", "shown", "website", "organisationName",
				"enterpriseNumber", "street", "postcode", "city", "country", "firstName", "lastName", "email",
				"function");
		assertThat(form).contains("id=\"collection-notice\"", "Handling membership applications",
				"3 years after the end of the membership");
		assertThat(visitor.get("/membership?lang=nl").body()).contains("Lid worden", "Aansluitingsaanvragen");
		assertThat(visitor.get("/membership?lang=fr").body()).contains("Devenir membre");
	}

	@Test
	void aRefusedFormSaysWhyBesideTheFieldAndStoresNothing_SKI11() {
		String email = "bad+" + this.tag + "@members.example.be";
		Browser visitor = new Browser(this.port).accepting("text/html");
		visitor.get("/membership");
		HttpResponse<String> robot = visitor.post("/membership", "organisationName", "Bad", "city", "Gent", "country",
				"BE", "firstName", "Bad", "lastName", "Sender", "email", email);
		assertThat(robot.statusCode()).as("no moment the form was shown: too fast").isEqualTo(400);
		assertThat(robot.body()).contains("The form was sent too quickly");

		HttpResponse<String> markup = apply("Bad " + this.tag, "", "<b>Bad</b>", "Sender", email, "");
		assertThat(markup.statusCode()).isEqualTo(400);
		assertThat(markup.body()).contains("id=\"firstName-error\"", "A name cannot hold &lt; or &gt;");
		HttpResponse<String> nul = apply("Bad\u0000" + this.tag, "", "Bad", "Sender", email, "");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).as("refused at the boundary, before the form reads it")
			.contains("Name of the organisation: This value holds characters that cannot be typed");
		HttpResponse<String> enterprise = apply("Bad " + this.tag, "0417.497.107", "Bad", "Sender", email, "");
		assertThat(enterprise.statusCode()).isEqualTo(400);
		assertThat(enterprise.body()).contains("id=\"enterpriseNumber-error\"");
		HttpResponse<String> huge = apply("x".repeat(100_000), "", "Bad", "Sender", email, "");
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("This value is too long.");

		assertThat(count(email)).isZero();
	}

	/**
	 * A valid Belgian enterprise number no other test holds: eight random digits and
	 * their check.
	 */
	private static String enterpriseNumber() {
		long first = 1_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(8_999_999L);
		String digits = String.format("0%07d%02d", first, 97 - first % 97);
		return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
	}

	private HttpResponse<String> apply(String organisation, String enterprise, String first, String last, String email,
			String function) {
		Browser visitor = new Browser(this.port).accepting("text/html");
		String form = visitor.get("/membership").body();
		return visitor.post("/membership", "organisationName", organisation, "enterpriseNumber", enterprise, "street",
				"Kerkstraat 1", "postcode", "9000", "city", "Gent", "country", "BE", "firstName", first, "lastName",
				last, "email", email, "function", function, "shown", shown(form), "website", "");
	}

	private Browser signedIn(Role role) {
		Browser browser = new Browser(this.port).accepting("text/html");
		browser.signIn(this.accounts.of(role));
		return browser;
	}

	private static String shown(String form) {
		Matcher matcher = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"").matcher(form);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static TreeSet<String> fieldsOf(String page) {
		String form = page.substring(page.indexOf("id=\"membership\""));
		form = form.substring(0, form.indexOf("</form>"));
		TreeSet<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile("<(?:input|select|textarea)[^>]*\\bname=\"([^\"]+)\"").matcher(form);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private Object lastContact(PersonId person) {
		List<Object> found = this.jdbc.sql("SELECT last_contact_at FROM people_person WHERE id = ?")
			.param(person.value())
			.query((rs, n) -> rs.getObject(1))
			.list();
		return found.isEmpty() ? null : found.get(0);
	}

	private int count(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM members_application WHERE email = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private Map<String, Object> row(String email) {
		return this.jdbc.sql("SELECT * FROM members_application WHERE email = ?").param(email).query().singleRow();
	}

}
