package org.tutela.incidents;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisation;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.testing.Browser;
import org.tutela.testing.Mailbox;
import org.tutela.testing.MovableClock;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests of public bodies for a client's data under the prevention-service pack, over
 * real HTTP with the clock moved (MEN-22): a request received on Friday at 10:00 is due
 * at the client on Wednesday; the client's HR contact is mailed the portal link; nothing
 * is handed over until 72 hours after the client was informed, then the hand-over is in
 * the disclosure log; an objection in the portal blocks it and a late one is refused;
 * where the law forbids telling the client, data go at once and nobody is mailed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=prevention-service")
@Import({ TrainingFixtures.class, MovableClock.Configuration.class })
@DirtiesContext
class AuthorityRequestScenarioTests {

	private static final String PATH = "/admin/authority-requests";

	private static final String RECIPIENT = "health-surveillance::A public body entitled by law to ask";

	/**
	 * A Friday with no public holiday in the week after it; in the past, so that the
	 * sessions signed in today do not outlive their absolute limit on the moved clock.
	 */
	private static final LocalDate FRIDAY = LocalDate.of(2026, 1, 16);

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Persons persons;

	@Autowired
	AuthorityRequests requests;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void aRequestReceivedOnFridayIsDueWednesdayAndHandedOverOnly72HoursAfterTheClientWasInformed_MEN22()
			throws Exception {
		Client client = client();
		Browser dpo = signedIn(this.accounts.of(Role.DPO));
		Browser hr = signedIn(client.hr());
		this.clock.day(FRIDAY);

		UUID id = record(dpo, client, "Labour inspection Ghent", null);
		assertThat(dpo.get(PATH + "/" + id + "?lang=en").body()).contains("Inform the client by January 21, 2026",
				"Labour inspection Ghent", client.organisation().name());

		this.clock.day(FRIDAY.plusDays(4));
		assertThat(dpo.post(PATH + "/" + id + "/inform").statusCode()).isEqualTo(302);
		Instant informed = FRIDAY.plusDays(4).atTime(12, 0).atZone(BRUSSELS).toInstant();
		assertThat(moment(id, "informed_at")).isEqualTo(informed);
		assertThat(moment(id, "objection_until")).isEqualTo(informed.plusSeconds(72 * 3600));
		MimeMessage mail = Mailbox.await(smtp, client.email(), "A request for your personal data: AR-").get(0);
		assertThat(Mailbox.decoded(GreenMailUtil.getBody(mail))).contains("/me/authority-requests/" + id,
				"January 23, 2026, 12:00");
		assertThat(hr.get("/me/authority-requests/" + id + "?lang=en").body()).contains("Labour inspection Ghent",
				"The health assessments of 2026", "January 23, 2026, 12:00");
		assertThat(hr.get("/me/authority-requests?lang=en").body()).contains("/me/authority-requests/" + id);

		this.clock.day(FRIDAY.plusDays(6));
		HttpResponse<String> early = handOver(dpo, id, client.worker());
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.body()).contains("Not handed over: the client may object until January 23, 2026, 12:00.");
		assertThat(handOvers(id)).isZero();
		assertThat(disclosures(id)).isZero();

		this.clock.day(FRIDAY.plusDays(7));
		assertThat(handOver(dpo, id, client.worker()).statusCode()).isEqualTo(302);
		assertThat(handOvers(id)).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM disclosure d JOIN disclosure_person p ON p.disclosure_id = d.id
				WHERE d.reference = :reference AND p.person_id = :person AND d.recipient_type = 'AUTHORITY'""")
			.param("reference", "authority request " + reference(id))
			.param("person", client.worker().value())
			.query(Integer.class)
			.single()).as("in the disclosure log").isEqualTo(1);

		hr.get("/me/authority-requests/" + id);
		HttpResponse<String> late = hr.post("/me/authority-requests/" + id + "/answer?lang=en", "answer", "OBJECTION",
				"reason", "Too late");
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(late.body()).contains("the time to object ended on January 23, 2026, 12:00");
		assertThat(this.jdbc.sql("SELECT answer FROM incidents_authority_request WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void anObjectionInThePortalBlocksTheHandOverAndAnUninformedClientIsMarkedLate_MEN22() {
		Client client = client();
		Browser dpo = signedIn(this.accounts.of(Role.DPO));
		Browser hr = signedIn(client.hr());
		this.clock.day(FRIDAY);
		UUID id = record(dpo, client, "Federal police", null);
		UUID forgotten = record(dpo, client, "Court of first instance", null);
		assertThat(dpo.post(PATH + "/" + id + "/inform").statusCode()).isEqualTo(302);

		assertThat(hr.get("/me/authority-requests/" + id + "?lang=en").body()).contains("Send the answer");
		HttpResponse<String> withoutReason = hr.post("/me/authority-requests/" + id + "/answer?lang=en", "answer",
				"OBJECTION", "reason", "");
		assertThat(withoutReason.body()).contains("id=\"reason-error\"", "This field is required.");
		assertThat(hr
			.post("/me/authority-requests/" + id + "/answer?lang=en", "answer", "OBJECTION", "reason",
					"<script>alert(1)</script>")
			.body()).contains("id=\"reason-error\"", "cannot hold &lt; or &gt;");
		assertThat(hr
			.post("/me/authority-requests/" + id + "/answer", "answer", "OBJECTION", "reason",
					"Our lawyer handles this summons.")
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT answer FROM incidents_authority_request WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("OBJECTION");

		this.clock.day(FRIDAY.plusDays(6));
		HttpResponse<String> blocked = handOver(dpo, id, client.worker());
		assertThat(blocked.statusCode()).isEqualTo(409);
		assertThat(blocked.body()).contains("Not handed over: the client objected.");
		assertThat(handOvers(id)).isZero();
		assertThat(disclosures(id)).isZero();

		String list = dpo.get(PATH + "?lang=en").body();
		String row = list.substring(list.indexOf(reference(forgotten)));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Inform the client by January 21, 2026", "Late");
		assertThat(handOver(dpo, forgotten, client.worker()).body())
			.contains("Not handed over: the client has not been informed yet.");
	}

	@Test
	void whereTheLawForbidsTellingTheClientDataGoAtOnceAndNobodyIsMailed_MEN22() throws Exception {
		Client client = client();
		Browser dpo = signedIn(this.accounts.of(Role.DPO));
		this.clock.day(FRIDAY);
		UUID id = record(dpo, client, "Investigating judge", "Code of criminal procedure, Art. 46quater");

		assertThat(handOver(dpo, id, client.worker()).statusCode()).isEqualTo(302);
		assertThat(handOvers(id)).isEqualTo(1);
		assertThat(disclosures(id)).isEqualTo(1);
		HttpResponse<String> inform = dpo.post(PATH + "/" + id + "/inform?lang=en");
		assertThat(inform.statusCode()).isEqualTo(409);
		assertThat(inform.body()).contains("The law forbids telling this client");
		assertThat(dpo.get(PATH + "/" + id + "?lang=en").body()).contains("Code of criminal procedure, Art. 46quater",
				"Data handed over");
		Thread.sleep(2000);
		assertThat(Mailbox.to(smtp, client.email(), "A request")).isEmpty();
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM incidents_authority_request WHERE id = :id AND informed_at IS NULL")
					.param("id", id)
					.query(Integer.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	void badInputIsRefusedBesideItsFieldAndNothingIsStored() {
		Client client = client();
		Browser dpo = signedIn(this.accounts.of(Role.DPO));
		int before = count();
		String organisation = client.organisation().id().toString();

		String markup = dpo
			.post(PATH + "/new?lang=en", "kind", "SUMMONS", "requester", "<b>Court</b>", "subject",
					"<script>alert(1)</script>", "organisation", organisation, "receivedAt", "2026-01-05T09:30")
			.body();
		assertThat(markup).contains("id=\"requester-error\"", "id=\"subject-error\"", "cannot hold &lt; or &gt;")
			.doesNotContain("<script>alert(1)</script>");
		String future = dpo
			.post(PATH + "/new?lang=en", "kind", "SUMMONS", "requester", "Court", "subject", "Files", "organisation",
					organisation, "receivedAt", LocalDateTime.now().plusDays(2).withNano(0).toString())
			.body();
		assertThat(future).contains("id=\"receivedAt-error\"", "This moment has not come yet.");
		String unreadable = dpo
			.post(PATH + "/new?lang=en", "kind", "SUMMONS", "requester", "Court", "subject", "Files", "organisation",
					organisation, "receivedAt", "yesterday")
			.body();
		assertThat(unreadable).contains("id=\"receivedAt-error\"");
		assertThat(dpo
			.post(PATH + "/new", "kind", "SUMMONS", "requester", "Co\u0000urt", "subject", "Files", "organisation",
					organisation, "receivedAt", "2026-01-05T09:30")
			.statusCode()).isEqualTo(400);
		assertThat(dpo
			.post(PATH + "/new", "kind", "SUMMONS", "requester", "Court", "subject", "x".repeat(100_000),
					"organisation", organisation, "receivedAt", "2026-01-05T09:30")
			.statusCode()).isEqualTo(400);
		assertThat(count()).isEqualTo(before);

		// The same rules hold behind the form, for a caller past the input filter.
		assertThatThrownBy(() -> Staff.as(
				() -> this.requests
					.record(new NewAuthorityRequest(AuthorityRequestKind.SUMMONS, "Co\u0000urt", "x".repeat(100_000),
							client.organisation().id(), LocalDateTime.now().minusDays(1), "<i>ground</i>")),
				"authority-requests.manage"))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.errors()).containsExactlyInAnyOrder(
							new FieldError("requester", "control-characters"), new FieldError("subject", "too-long"),
							new FieldError("legalGround", "authority.markup")));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyTheClientsOwnContactsReadTheRequest_MEN22() {
		Client client = client();
		Client other = client();
		Browser dpo = signedIn(this.accounts.of(Role.DPO));
		UUID id = record(dpo, client, "Labour inspection Antwerp", null);
		assertThat(dpo.post(PATH + "/" + id + "/inform").statusCode()).isEqualTo(302);

		assertThat(signedIn(client.hr()).get("/me/authority-requests/" + id).statusCode()).isEqualTo(200);
		Browser stranger = signedIn(other.hr());
		assertThat(stranger.get("/me/authority-requests/" + id).statusCode()).isEqualTo(404);
		stranger.get("/me");
		assertThat(
				stranger.post("/me/authority-requests/" + id + "/answer", "answer", "OBJECTION", "reason", "Not ours")
					.statusCode())
			.isEqualTo(404);
		assertThat(signedIn(this.accounts.of(Role.PARTICIPANT)).get("/me/authority-requests/" + id).statusCode())
			.isEqualTo(403);
		assertThat(signedIn(this.accounts.of(Role.ADMIN)).get(PATH + "/" + id).statusCode()).isEqualTo(403);
	}

	private UUID record(Browser dpo, Client client, String requester, String legalGround) {
		LocalDateTime received = this.clock.instant().atZone(BRUSSELS).toLocalDateTime().minusHours(2).withNano(0);
		HttpResponse<String> recorded = dpo.post(PATH + "/new", "kind", "INSPECTION", "requester", requester, "subject",
				"The health assessments of 2026 of the workshop", "organisation", client.organisation().id().toString(),
				"receivedAt", received.withSecond(0).toString(), "legalGround", legalGround == null ? "" : legalGround);
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
		String location = Browser.location(recorded);
		return UUID.fromString(location.replaceAll("^.*/admin/authority-requests/([0-9a-f-]{36}).*$", "$1"));
	}

	private HttpResponse<String> handOver(Browser dpo, UUID id, PersonId worker) {
		return dpo.post(PATH + "/" + id + "/hand-over?lang=en", "recipient", RECIPIENT, "categories", "identity",
				"categories", "professional", "person", worker.value().toString());
	}

	private Client client() {
		String email = "hr+" + System.nanoTime() + "@example.org";
		Organisation organisation = this.training.client(email);
		PersonId worker = Staff.coordinator(() -> this.persons
			.register(new NewPerson("Wim", null, "Werkman-" + System.nanoTime(), null, "nl", "Welder",
					Provenance.EMPLOYER, List.of(NewContact.business("w" + System.nanoTime() + "@example.org")),
					List.of(), List.of()))
			.id());
		return new Client(organisation, email, this.accounts.portalWithPassword(Role.CLIENT_CONTACT, email), worker);
	}

	private Browser signedIn(TestAccount account) {
		Browser browser = new Browser(this.port);
		browser.signIn(account);
		return browser;
	}

	private Instant moment(UUID id, String column) {
		return this.jdbc.sql("SELECT " + column + " FROM incidents_authority_request WHERE id = :id")
			.param("id", id)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private String reference(UUID id) {
		return this.jdbc.sql("SELECT reference FROM incidents_authority_request WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private int handOvers(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM incidents_authority_hand_over WHERE request_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private int disclosures(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE reference = :reference")
			.param("reference", "authority request " + reference(id))
			.query(Integer.class)
			.single();
	}

	private int count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM incidents_authority_request").query(Integer.class).single();
	}

	record Client(Organisation organisation, String email, TestAccount hr, PersonId worker) {

	}

}
