package org.tutela.people;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff add and change persons and organisations in the back office: what they save is
 * stored and audited, a person can be made a contact of the organisation chosen, and a
 * broken rule is named beside its field in the reader's language while nothing is stored.
 */
@HttpTest
class PeopleEditingPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	private final String family = "Verhaegen" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");

	private Browser coordinator;

	@BeforeEach
	void signIn() {
		this.coordinator = new Browser(this.port);
		this.coordinator.signIn(this.accounts.of(Role.COORDINATOR));
	}

	@Test
	void anOrganisationAndAPersonWorkingThereAreAddedChangedStoredAndAudited() {
		this.coordinator.get("/admin/organisations/new?lang=en");
		HttpResponse<String> added = this.coordinator.post("/admin/organisations/new", "name", "Bouw " + this.family,
				"enterpriseNumber", enterpriseNumber(), "registeredAddress.city", "Gent", "registeredAddress.country",
				"BE", "membershipStatus", "NONE");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		UUID organisation = UUID.fromString(Browser.location(added).replaceAll(".*/", ""));
		assertThat(this.jdbc.sql("SELECT registered_city FROM people_organisation WHERE id = ?")
			.param(organisation)
			.query(String.class)
			.single()).isEqualTo("Gent");
		assertThat(auditedDetails("organisation " + organisation + " added")).isEqualTo(1);
		assertThat(this.coordinator.get("/admin/organisations/" + organisation).body())
			.contains("The organisation was added.", "Gent, Belgium");

		String offered = this.coordinator
			.get("/admin/organisations/pick?field=organisation&organisation-search=bouw+" + this.family)
			.body();
		assertThat(offered).contains("name=\"organisation\"", "value=\"" + organisation + "\"", "Bouw " + this.family);
		assertThat(this.coordinator.get("/admin/organisations/pick?field=x%22%3E").statusCode()).isEqualTo(400);

		this.coordinator.get("/admin/people/new");
		HttpResponse<String> person = this.coordinator.post("/admin/people/new", "firstName", "Lotte", "lastName",
				this.family, "language", "fr", "provenance", "EMPLOYER", "emails[0].value", email("lotte"),
				"emails[0].usage", "BUSINESS", "phones[0].value", "+32 470 12 34 56", "phones[0].usage", "BUSINESS",
				"identifiers[0].kind", "PERSONNEL_NUMBER", "identifiers[0].value", "P-" + this.family, "organisation",
				organisation.toString(), "role", "HR");
		assertThat(person.statusCode()).as(person.body()).isEqualTo(302);
		UUID id = UUID.fromString(Browser.location(person).replaceAll(".*/", ""));
		assertThat(this.jdbc.sql("SELECT language FROM people_person WHERE id = ? AND last_name = ?")
			.params(id, this.family)
			.query(String.class)
			.single()).isEqualTo("fr");
		assertThat(this.jdbc
			.sql("SELECT contact_role FROM people_organisation_contact WHERE person_id = ? AND organisation_id = ?")
			.params(id, organisation)
			.query(String.class)
			.list()).containsExactly("HR");
		assertThat(audited(id, "CREATE")).contains("person registered");
		assertThat(this.coordinator.get("/admin/people/pick?field=person&person-search=" + this.family).body())
			.as("the person picker finds the person added")
			.contains("value=\"" + id + "\"");
		assertThat(this.coordinator.get("/admin/people/" + id).body()).contains("The person was added.",
				"Lotte " + this.family, "/admin/people/" + id + "/edit");

		this.coordinator.get("/admin/people/" + id + "/edit");
		HttpResponse<String> changed = this.coordinator.post("/admin/people/" + id + "/edit", "firstName", "Lotte",
				"lastName", this.family + "-Claes", "language", "fr", "emails[0].value", email("lotte.claes"),
				"emails[0].usage", "BUSINESS", "role", "OTHER");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT last_name FROM people_person WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(this.family + "-Claes");
		assertThat(this.jdbc.sql("SELECT contact_value FROM people_contact_point WHERE person_id = ?")
			.param(id)
			.query(String.class)
			.list()).as("the phone emptied is removed").containsExactly(email("lotte.claes"));
		assertThat(audited(id, "UPDATE")).contains("changed by staff: lastName, emails, phones");

		this.coordinator.get("/admin/organisations/" + organisation + "/edit");
		HttpResponse<String> renamed = this.coordinator.post("/admin/organisations/" + organisation + "/edit", "name",
				"Bouw " + this.family + " BV", "membershipStatus", "MEMBER", "memberSince", "2020-01-01");
		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(302);
		assertThat(this.jdbc.sql("SELECT name FROM people_organisation WHERE id = ?")
			.param(organisation)
			.query(String.class)
			.single()).isEqualTo("Bouw " + this.family + " BV");
		assertThat(auditedDetails("organisation " + organisation + " changed")).isEqualTo(1);

		String page = this.coordinator.get("/admin/organisations/" + organisation + "?lang=en").body();
		assertThat(page).contains("aria-label=\"Lotte " + this.family + "-Claes is no longer HR contact here\"");
		HttpResponse<String> ended = this.coordinator.post("/admin/organisations/" + organisation + "/contacts/remove",
				"person", id.toString(), "role", "HR");
		assertThat(ended.statusCode()).as(ended.body()).isEqualTo(302);
		assertThat(this.jdbc
			.sql("SELECT contact_role FROM people_organisation_contact WHERE person_id = ? AND organisation_id = ?")
			.params(id, organisation)
			.query(String.class)
			.list()).as("the role ended is gone").isEmpty();
		assertThat(audited(id, "UPDATE")).contains("contact role HR at an organisation ended");
		assertThat(this.coordinator.get("/admin/organisations/" + organisation + "?lang=en").body())
			.contains("The contact role was ended.")
			.doesNotContain("is no longer HR contact here");
		assertThat(this.coordinator
			.post("/admin/organisations/" + organisation + "/contacts/remove", "person", id.toString(), "role",
					"NOT_A_ROLE")
			.statusCode()).isEqualTo(400);
	}

	@Test
	void brokenRulesAreNamedBesideTheirFieldsKeepWhatWasTypedAndStoreNothing() {
		this.coordinator.get("/admin/people/new?lang=en");
		HttpResponse<String> refused = this.coordinator.post("/admin/people/new", "firstName", "<b>Lotte</b>",
				"lastName", this.family, "language", "nl", "provenance", "EMPLOYER", "emails[0].value", "lotte@",
				"emails[0].usage", "BUSINESS");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("aria-describedby=\"firstName-error\"",
				"id=\"firstName-error\">A name cannot hold &lt; or &gt;", "aria-describedby=\"emails[0].value-error\"",
				"id=\"emails[0].value-error\">This is not a valid e-mail address.",
				"value=\"&lt;b&gt;Lotte&lt;/b&gt;\"", "value=\"lotte@\"");
		HttpResponse<String> tooLong = this.coordinator.post("/admin/people/new", "firstName", "Lotte", "lastName",
				this.family + "x".repeat(150), "language", "nl", "provenance", "EMPLOYER");
		assertThat(tooLong.body()).contains("id=\"lastName-error\">This value is too long.");
		HttpResponse<String> huge = this.coordinator.post("/admin/people/new", "firstName", "x".repeat(100_000),
				"lastName", this.family, "language", "nl", "provenance", "EMPLOYER");
		assertThat(huge.statusCode()).as("refused before any form is read").isEqualTo(400);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM people_person WHERE last_name LIKE ?")
			.param(this.family + "%")
			.query(Long.class)
			.single()).isZero();

		this.coordinator.get("/admin/organisations/new?lang=nl");
		HttpResponse<String> organisation = this.coordinator.post("/admin/organisations/new", "name",
				"Bouw " + this.family, "enterpriseNumber", "0403.019.262", "membershipStatus", "NONE");
		assertThat(organisation.statusCode()).isEqualTo(200);
		assertThat(organisation.body()).contains("aria-describedby=\"enterpriseNumber-error\"",
				"id=\"enterpriseNumber-error\">De controlecijfers", "value=\"0403.019.262\"");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM people_organisation WHERE name = ?")
			.param("Bouw " + this.family)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPersonAddedWithTheAddressOfOneHeldIsPointedOutAsAPossibleDuplicate() {
		this.coordinator.get("/admin/people/new?lang=en");
		for (String first : new String[] { "Jan", "Johan" }) {
			HttpResponse<String> added = this.coordinator.post("/admin/people/new", "firstName", first, "lastName",
					this.family, "language", "nl", "provenance", "WEB_FORM", "emails[0].value", email("jan"),
					"emails[0].usage", "BUSINESS");
			assertThat(added.statusCode()).isEqualTo(302);
			String page = this.coordinator.get(Browser.location(added).replaceAll("^https?://[^/]+", "")).body();
			if (first.equals("Johan")) {
				assertThat(page).contains("possible-duplicates", "This person may already be held:",
						"same e-mail address");
			}
			else {
				assertThat(page).doesNotContain("possible-duplicates");
			}
		}
	}

	private String email(String name) {
		return name + "." + this.family.toLowerCase(Locale.ROOT) + "@example.be";
	}

	private java.util.List<String> audited(UUID person, String action) {
		return this.jdbc.sql("SELECT detail FROM audit_entry WHERE subject = ? AND action = ?")
			.params(this.keyedHash.hash("audit.person", person.toString()), action)
			.query(String.class)
			.list();
	}

	private long auditedDetails(String detail) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE detail = ? AND actor_roles = 'COORDINATOR'")
			.param(detail)
			.query(Long.class)
			.single();
	}

	/** A valid Belgian enterprise number no other test uses: 97 minus the rest. */
	private static String enterpriseNumber() {
		long first = ThreadLocalRandom.current().nextLong(20_000_000L);
		return String.format("%08d%02d", first, 97 - first % 97);
	}

}
