package org.tutela.network;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.Session;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.requests.DataRequest;
import org.tutela.requests.RequestAnswers;
import org.tutela.requests.RequestFixtures;
import org.tutela.requests.Right;
import org.tutela.testing.Browser;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality network's professional network over real HTTP: participant lists and
 * expertise matches leave out whoever opted out and are recorded in the disclosure log
 * (VCK-8); a private address needs the consent's wording (VCK-1); a legacy contact reads
 * as of unknown origin (VCK-2); an erasure reaches every record kind through the
 * catalogue.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=quality-network")
@Import({ TrainingFixtures.class, NetworkFixtures.class, RequestFixtures.class })
class NetworkTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	NetworkFixtures network;

	@Autowired
	Registering registering;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestFixtures requests;

	@Autowired
	RequestAnswers answers;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aMembersParticipantListLeavesOutTheOneWhoOptedOutAndTheListIsInTheDisclosureLog_VCK8() {
		Organisation acme = this.network.company("Acme " + this.tag);
		PersonId ann = this.network.member("Ann", "Peeters" + this.tag, "Quality manager", email("ann"), acme.id());
		PersonId bert = this.network.member("Bert", "Claes" + this.tag, "Plant manager", email("bert"), acme.id());
		PersonId carl = this.network.member("Carl", "Maes" + this.tag, "Auditor", email("carl"), acme.id());
		Session event = this.training.session(false, 10, LocalDate.now().plusDays(20));
		Staff.coordinator(() -> List.of(ann, bert, carl)
			.forEach(person -> this.registering.registerKnownByStaff(event.id(), person)));
		Browser coordinator = coordinator();
		coordinator.get("/admin/network/contacts/" + carl.value());
		assertThat(coordinator
			.post("/admin/network/contacts/" + carl.value() + "/opt-out", "channel", "EMAIL", "reference",
					"mail of 3 December")
			.statusCode()).isEqualTo(302);
		assertThat(coordinator.get("/admin/network/contacts/" + carl.value() + "?lang=en").body())
			.contains("No: the person asked not to be named");

		String page = coordinator.get("/admin/network/events/" + event.id() + "?lang=en").body();
		assertThat(page).contains("Peeters" + this.tag, "Quality manager", "Acme " + this.tag, "Claes" + this.tag)
			.doesNotContain("Maes" + this.tag)
			.contains("One person is left out");
		HttpResponse<String> csv = coordinator.post("/admin/network/events/" + event.id() + "/hand-out?lang=en");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("Name,First name,Function,Company")
			.contains("Peeters" + this.tag + ",Ann,Quality manager,Acme " + this.tag)
			.contains("Claes" + this.tag + ",Bert,Plant manager")
			.doesNotContain("Maes" + this.tag);

		List<UUID> disclosed = this.jdbc
			.sql("SELECT p.person_id FROM disclosure d JOIN disclosure_person p ON p.disclosure_id = d.id "
					+ "WHERE d.activity = 'expertise-matching' AND d.recipient = 'Other members of the network' "
					+ "AND d.reference LIKE 'participant list %' AND p.person_id IN (:persons)")
			.param("persons", List.of(ann.value(), bert.value(), carl.value()))
			.query(UUID.class)
			.list();
		assertThat(disclosed).containsExactlyInAnyOrder(ann.value(), bert.value());
	}

	@Test
	void expertiseMatchingNamesTheMembersSharingItUnlessTheyOptedOutAndRecordsEachMatch_VCK8() {
		Organisation acme = this.network.company("Lean " + this.tag);
		PersonId asking = this.network.member("Dora", "Vos" + this.tag, "Director", email("dora"), acme.id());
		PersonId expert = this.network.member("Eli", "Wouters" + this.tag, "Lean coach", email("eli"), acme.id());
		PersonId shy = this.network.member("Fien", "Jacobs" + this.tag, "Lean coach", email("fien"), acme.id());
		Browser coordinator = coordinator();
		String subject = "Lean " + this.tag + " in hospitals";
		for (PersonId person : List.of(expert, shy)) {
			coordinator.get("/admin/network/contacts/" + person.value());
			assertThat(coordinator
				.post("/admin/network/contacts/" + person.value() + "/interests", "kind", "EXPERTISE", "subject",
						subject)
				.statusCode()).isEqualTo(302);
		}
		coordinator.get("/admin/network/contacts/" + asking.value());
		coordinator.post("/admin/network/contacts/" + asking.value() + "/interests", "kind", "TOPIC", "subject",
				subject);
		coordinator.post("/admin/network/contacts/" + shy.value() + "/opt-out", "channel", "STAFF");

		coordinator.get("/admin/network");
		String answer = coordinator
			.post("/admin/network/match?lang=en", "person", asking.value().toString(), "subject", "lean " + this.tag)
			.body();
		assertThat(answer).contains("One member named to Dora Vos" + this.tag, "Eli Wouters" + this.tag)
			.doesNotContain("Fien Jacobs" + this.tag)
			.contains("One person is left out", "Recorded in the disclosure log.");
		assertThat(this.jdbc
			.sql("SELECT p.person_id FROM disclosure d JOIN disclosure_person p ON p.disclosure_id = d.id "
					+ "WHERE d.reference = 'expertise match' AND p.person_id IN (:persons)")
			.param("persons", List.of(asking.value(), expert.value(), shy.value()))
			.query(UUID.class)
			.list()).containsExactly(expert.value());
		assertThat(coordinator.get("/admin/network/contacts/" + asking.value() + "?lang=en").body())
			.contains("Topics to discuss", subject);
	}

	@Test
	void aPrivateAddressIsRefusedWithoutConsentAndKeptWithTheWordingItWasGivenWith_VCK1() {
		Organisation acme = this.network.company("Home " + this.tag);
		PersonId gert = this.network.member("Gert", "Smet" + this.tag, "Engineer", email("gert"), acme.id());
		Browser coordinator = coordinator();
		String page = "/admin/network/contacts/" + gert.value();
		coordinator.get(page);
		HttpResponse<String> refused = coordinator.post(page + "/details?lang=en", "began", "EVENT", "privateStreet",
				"Thuisstraat 4", "privatePostcode", "2000", "privateCity", "Antwerpen", "privateCountry", "BE",
				"consentWording", "");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body())
			.containsPattern("id=\"consentWording-error\"[^>]*>A private address is kept only with")
			.containsPattern("id=\"privateStreet\"[^>]*value=\"Thuisstraat 4\"");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM network_contact WHERE person_id = ?")
			.param(gert.value())
			.query(Integer.class)
			.single()).isZero();

		String wording = "I agree that the network writes to me at my home address.";
		assertThat(coordinator
			.post(page + "/details", "began", "EVENT", "website", "www.home.example.be", "privateStreet",
					"Thuisstraat 4", "privatePostcode", "2000", "privateCity", "Antwerpen", "privateCountry", "be",
					"consentWording", wording, "consentProof", "signed form, folder 2026")
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql(
				"SELECT private_street || '|' || private_country || '|' || private_consent_wording FROM network_contact "
						+ "WHERE person_id = ? AND private_consent_at IS NOT NULL")
			.param(gert.value())
			.query(String.class)
			.single()).isEqualTo("Thuisstraat 4|BE|" + wording);
		assertThat(coordinator.get(page + "?lang=en").body()).contains("At one of our events", "www.home.example.be",
				"Thuisstraat 4", wording);

		Object consented = consentedAt(gert);
		assertThat(coordinator
			.post(page + "/details", "began", "EVENT", "website", "www.smet.example.be", "privateStreet",
					"Thuisstraat 4", "privatePostcode", "2000", "privateCity", "Antwerpen", "privateCountry", "BE",
					"consentWording", wording, "consentProof", "signed form, folder 2026")
			.statusCode()).isEqualTo(302);
		assertThat(consentedAt(gert)).as("a later change of the record keeps the day the consent was given")
			.isEqualTo(consented);
	}

	private Object consentedAt(PersonId person) {
		return this.jdbc.sql("SELECT private_consent_at FROM network_contact WHERE person_id = ?")
			.param(person.value())
			.query(OffsetDateTime.class)
			.single();
	}

	@Test
	void aLegacyContactReadsAsOfUnknownOriginAndAnErasureReachesEveryNetworkRecord_VCK2() {
		Organisation acme = this.network.company("Old " + this.tag);
		PersonId hans = this.network.member("Hans", "Oud" + this.tag, "Buyer", email("hans"), acme.id());
		Browser coordinator = coordinator();
		String page = "/admin/network/contacts/" + hans.value();
		assertThat(coordinator.get(page + "?lang=en").body())
			.contains("Unknown: a contact from before we recorded how we met");
		coordinator.post(page + "/interests", "kind", "EXPERTISE", "subject", "ISO 9001");
		coordinator.post(page + "/meetings", "heldOn", LocalDate.now().minusDays(2).toString(), "agreed",
				"Visit in spring");
		coordinator.post(page + "/details", "began", "UNKNOWN", "website", "old.example.be");
		assertThat(this.catalogue.export(hans).get("network")).hasSize(3);

		DataRequest request = this.requests.verified(hans, Right.ERASURE);
		RequestFixtures.dpo(() -> this.answers.erase(request.id()));
		for (String table : List.of("network_contact", "network_interest", "network_meeting")) {
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE person_id = ?")
				.param(hans.value())
				.query(Integer.class)
				.single()).as(table).isZero();
		}
	}

	@Test
	void hostileInputOnTheNetworkFormsIsRefusedWithItsReasonAndNothingIsStored() {
		Organisation acme = this.network.company("Hostile " + this.tag);
		PersonId ivo = this.network.member("Ivo", "Boos" + this.tag, "Tester", email("ivo"), acme.id());
		Browser coordinator = coordinator();
		String page = "/admin/network/contacts/" + ivo.value();
		coordinator.get(page);
		HttpResponse<String> nul = coordinator.post(page + "/interests?lang=en", "kind", "EXPERTISE", "subject",
				"Lean\u0000");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("NUL byte");
		assertThat(coordinator
			.post("/admin/network/match?lang=en", "person", ivo.value().toString(), "subject", "a".repeat(100_000))
			.statusCode()).isEqualTo(400);
		coordinator.get(page);
		assertThat(
				coordinator.post(page + "/interests?lang=en", "kind", "TOPIC", "subject", "<script>x</script>").body())
			.containsPattern("id=\"topic-subject-error\"[^>]*>A name cannot hold");
		assertThat(coordinator.post(page + "/meetings?lang=en", "heldOn", "2026-02-30", "agreed", "x".repeat(4_001))
			.body()).containsPattern("id=\"heldOn-error\"[^>]*>This is not a valid date")
			.containsPattern("id=\"agreed-error\"[^>]*>This value is too long");
		assertThat(
				coordinator.post(page + "/details?lang=en", "began", "NEVER", "website", "javascript:alert(1)").body())
			.containsPattern("id=\"began-error\"[^>]*>Choose how we met")
			.containsPattern("id=\"website-error\"[^>]*>Give the company");
		assertThat(coordinator.post(page + "/opt-out?lang=en", "channel", "IMPORT").body())
			.containsPattern("id=\"channel-error\"[^>]*>Choose how the person asked");
		coordinator.get("/admin/network");
		assertThat(coordinator
			.post("/admin/network/match?lang=en", "person", ivo.value().toString(), "subject", "<b>lean</b>")
			.body()).containsPattern("id=\"subject-error\"[^>]*>A name cannot hold");
		assertThat(this.catalogue.export(ivo).getOrDefault("network", List.of())).isEmpty();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM consent_choice WHERE person_id = ?")
			.param(ivo.value())
			.query(Integer.class)
			.single()).isZero();
	}

	private Browser coordinator() {
		Browser coordinator = new Browser(this.port).accepting("text/html");
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		return coordinator;
	}

	private String email(String name) {
		return name + "." + this.tag + "@member.example.be";
	}

}
