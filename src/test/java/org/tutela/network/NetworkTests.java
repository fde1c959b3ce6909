package org.tutela.network;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.catalog.Session;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.network.contact.ContactStore;
import org.tutela.network.contact.ContactStore.StoredContact;
import org.tutela.people.Organisation;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;
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
 * expertise matches leave out whoever opted out and are recorded in the disclosure log, a
 * match with the member who received the names (VCK-8); a private address needs the
 * consent's wording (VCK-1); a legacy contact reads as of unknown origin, a new one does
 * not (VCK-2); a restricted contact's record is read and never changed (GDPR Art. 18); an
 * interest added twice at once is kept once; an erasure reaches every record kind through
 * the catalogue.
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
	Persons persons;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestFixtures requests;

	@Autowired
	RequestAnswers answers;

	@Autowired
	ContactStore store;

	@Autowired
	NetworkContacts contacts;

	@Autowired
	PlatformTransactionManager transactions;

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
			.contains("One person is left out",
					"Recorded in the disclosure log, as given to Dora Vos" + this.tag + " of Lean " + this.tag + ".");
		assertThat(this.jdbc
			.sql("SELECT p.person_id FROM disclosure d JOIN disclosure_person p ON p.disclosure_id = d.id "
					+ "WHERE d.reference LIKE 'expertise match%' AND p.person_id IN (:persons)")
			.param("persons", List.of(asking.value(), expert.value(), shy.value()))
			.query(UUID.class)
			.list()).containsExactly(expert.value());
		// To whom the names went: the log names the member's organisation, the network
		// which member of it received them.
		assertThat(this.jdbc
			.sql("SELECT d.recipient || '|' || d.reference || '|' || m.organisation_id || '|' || m.named "
					+ "FROM network_match m JOIN disclosure d ON d.id = m.disclosure_id JOIN disclosure_person p "
					+ "ON p.disclosure_id = d.id WHERE m.person_id = ? AND p.person_id = ?")
			.params(asking.value(), expert.value())
			.query(String.class)
			.list())
			.containsExactly("Other members of the network|expertise match for a member of Lean " + this.tag + "|"
					+ acme.id() + "|1");
		assertThat(this.catalogue.export(asking).get("network")).extracting(PersonalRecord::table)
			.contains("network_match");
		assertThat(coordinator.get("/admin/network/contacts/" + asking.value() + "?lang=en").body()).contains(
				"Topics to discuss", subject, "Names received from other members",
				"\u201clean " + this.tag + "\u201d, one member named");
		// The notice promises that an opt-out stops the naming; what the person shared
		// stays
		// with the network's record.
		assertThat(coordinator.get("/admin/network/contacts/" + shy.value() + "?lang=en").body())
			.contains("No: the person asked not to be named", subject);
	}

	@Test
	void aPersonsPageShowsTheirNetworkRecordOnlyToThoseWhoKeepTheNetworksRelations() {
		Organisation acme = this.network.company("Page " + this.tag);
		PersonId ida = this.network.member("Ida", "Goossens" + this.tag, "Engineer", email("ida"), acme.id());
		Browser coordinator = coordinator();
		coordinator.get("/admin/network/contacts/" + ida.value());
		assertThat(coordinator
			.post("/admin/network/contacts/" + ida.value() + "/interests", "kind", "EXPERTISE", "subject",
					"Welding " + this.tag)
			.statusCode()).isEqualTo(302);

		Map<String, List<PersonalRecord>> toReaders = Staff.as(() -> this.persons.everythingHeld(ida), "backoffice",
				"people.read");
		Map<String, List<PersonalRecord>> toKeepers = Staff.as(() -> this.persons.everythingHeld(ida), "backoffice",
				"people.read", "outreach.manage");

		assertThat(toReaders).containsKey("people").doesNotContainKey("network");
		assertThat(toKeepers.get("network"))
			.anySatisfy(record -> assertThat(record.fields()).containsEntry("subject", "Welding " + this.tag));
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
	void aRestrictedContactsRecordIsReadButNeverChangedAndARewriteKeepsTheRestriction_Art18() {
		Organisation acme = this.network.company("Kept " + this.tag);
		PersonId jan = this.network.member("Jan", "Stil" + this.tag, "Buyer", email("jan"), acme.id());
		Browser coordinator = coordinator();
		String page = "/admin/network/contacts/" + jan.value();
		coordinator.get(page);
		coordinator.post(page + "/interests", "kind", "EXPERTISE", "subject", "Kaizen " + this.tag);
		coordinator.post(page + "/details", "began", "UNKNOWN", "website", "kept.example.be");
		UUID interest = this.jdbc.sql("SELECT id FROM network_interest WHERE person_id = ?")
			.param(jan.value())
			.query(UUID.class)
			.single();
		DataRequest request = this.requests.verified(jan, Right.RESTRICTION);
		RequestFixtures.dpo(() -> this.answers.restrict(request.id()));

		HttpResponse<String> read = coordinator.get(page + "?lang=en");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Kaizen " + this.tag, "kept.example.be", "asked that their data only be kept")
			.doesNotContain(page + "/interests\"", page + "/interests/remove\"", page + "/meetings\"",
					page + "/details\"", page + "/opt-out\"");
		String yesterday = LocalDate.now().minusDays(1).toString();
		for (List<String> change : List.of(List.of("/details", "began", "EVENT", "website", "changed.example.be"),
				List.of("/interests", "kind", "TOPIC", "subject", "Lean " + this.tag),
				List.of("/interests/remove", "interest", interest.toString()),
				List.of("/meetings", "heldOn", yesterday, "agreed", "Call back in spring"))) {
			HttpResponse<String> refused = coordinator.post(page + change.get(0) + "?lang=en",
					change.subList(1, change.size()).toArray(String[]::new));
			assertThat(refused.statusCode()).as(change.get(0)).isEqualTo(409);
			assertThat(refused.body()).as(change.get(0))
				.contains("Processing restricted", "their network record cannot be changed");
		}
		assertThat(this.catalogue.export(jan).get("network")).extracting(record -> record.fields().values())
			.allSatisfy(values -> assertThat(values).doesNotContain("changed.example.be", "Lean " + this.tag,
					"Call back in spring"));
		assertThat(this.jdbc.sql("SELECT website FROM network_contact WHERE person_id = ?")
			.param(jan.value())
			.query(String.class)
			.single()).isEqualTo("kept.example.be");
		assertThat(interests(jan)).isOne();

		// A client other than a browser is answered with a problem detail (RFC 9457).
		coordinator.accepting("application/json");
		HttpResponse<String> problem = coordinator.post(page + "/interests?lang=en", "kind", "EXPERTISE", "subject",
				"Six Sigma");
		coordinator.accepting("text/html");
		assertThat(problem.statusCode()).isEqualTo(409);
		assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(problem.body()).contains("\"type\":\"urn:tutela:problem:network-contact-restricted\"");
		assertThat(interests(jan)).isOne();

		coordinator.get("/admin/network");
		HttpResponse<String> match = coordinator.post("/admin/network/match?lang=en", "person", jan.value().toString(),
				"subject", "Kaizen");
		assertThat(match.statusCode()).isEqualTo(409);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM network_match WHERE person_id = ?")
			.param(jan.value())
			.query(Integer.class)
			.single()).isZero();

		// Writing the record over, as any change does, never lifts its restriction.
		assertThat(restricted(jan)).isTrue();
		this.store.put(jan,
				new StoredContact("EVENT", null, "rewritten.example.be", null, null, null, null, null, null, null),
				Instant.now());
		assertThat(restricted(jan)).isTrue();
		// Merged into a duplicate's record, the restriction stays on the record kept.
		PersonId twin = this.network.member("Jan", "Stil" + this.tag, "Buyer", email("jan.twin"), acme.id());
		coordinator.get("/admin/network/contacts/" + twin.value());
		coordinator.post("/admin/network/contacts/" + twin.value() + "/details", "began", "UNKNOWN");
		assertThat(restricted(twin)).isFalse();
		this.store.reassign(jan, twin);
		assertThat(restricted(twin)).isTrue();
	}

	/**
	 * Two requests adding the same expertise at once, the second while the first is not
	 * yet committed: one adds it, the other finds it there; neither fails.
	 */
	@Test
	void theSameInterestAddedTwiceAtOnceIsKeptOnceAndNeitherRequestFails() throws Exception {
		Organisation acme = this.network.company("Twice " + this.tag);
		PersonId kim = this.network.member("Kim", "Dubbel" + this.tag, "Coach", email("kim"), acme.id());
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch firstAdded = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> first = threads.submit(() -> Staff.coordinator(() -> transaction.execute(status -> {
				boolean added = this.contacts.share(kim, InterestKind.EXPERTISE, "Lean " + this.tag);
				firstAdded.countDown();
				pause();
				return added;
			})));
			assertThat(firstAdded.await(30, TimeUnit.SECONDS)).isTrue();
			Future<Boolean> second = threads.submit(() -> Staff.coordinator(() -> transaction
				.execute(status -> this.contacts.share(kim, InterestKind.EXPERTISE, " lean " + this.tag + " "))));
			assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS)))
				.containsExactlyInAnyOrder(true, false);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(interests(kim)).isOne();
	}

	/** The first transaction stays open while the second adds the same interest. */
	private static void pause() {
		try {
			Thread.sleep(1_500);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aContactWhoSignedUpRecentlyIsNotOfUnknownOriginAndCannotBeMadeSo_VCK2() {
		Organisation acme = this.network.company("New " + this.tag);
		PersonId nora = this.network.member("Nora", "Nieuw" + this.tag, "Engineer", email("nora"), acme.id(),
				Provenance.WEB_FORM);
		Browser coordinator = coordinator();
		String page = "/admin/network/contacts/" + nora.value();
		String read = coordinator.get(page + "?lang=en").body();
		assertThat(read).containsPattern("id=\"began\">Not recorded yet: they gave their data on our website, on ")
			.doesNotContain("Unknown: a contact from before", "value=\"UNKNOWN\"");

		HttpResponse<String> refused = coordinator.post(page + "/details?lang=en", "began", "UNKNOWN");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body())
			.containsPattern("id=\"began-error\"[^>]*>Only a contact from before we recorded how we met");
		assertThat(this.catalogue.export(nora).getOrDefault("network", List.of())).isEmpty();

		assertThat(coordinator.post(page + "/details", "began", "WEBSITE").statusCode()).isEqualTo(302);
		assertThat(coordinator.get(page + "?lang=en").body()).contains("id=\"began\">Through our website");
	}

	private int interests(PersonId person) {
		return this.jdbc.sql("SELECT COUNT(*) FROM network_interest WHERE person_id = ?")
			.param(person.value())
			.query(Integer.class)
			.single();
	}

	private boolean restricted(PersonId person) {
		return this.jdbc.sql("SELECT restricted FROM network_contact WHERE person_id = ?")
			.param(person.value())
			.query(Boolean.class)
			.single();
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
