package org.tutela.audit;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.audit.trail.Sealer;
import org.tutela.identity.Role;
import org.tutela.people.IdentifierKind;
import org.tutela.people.NewContact;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DPO reads the audit trail in the back office: who read a person's data and when,
 * narrowed by account, action and days, a page at a time; and that reading is itself in
 * the trail (ALL-2).
 */
@HttpTest
class AuditReviewTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Persons persons;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sealer sealer;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDpoFindsWhoReadAPersonsDataAndTheSearchIsRecorded_ALL2() {
		Person read = person("Verhaegen");
		Person other = person("Claeys");
		TestAccount coordinator = this.accounts.fresh(Role.COORDINATOR);
		Browser staff = new Browser(this.port);
		staff.signIn(coordinator);
		assertThat(staff.get("/admin/people/" + read.id()).statusCode()).isEqualTo(200);
		this.sealer.sealAll();

		TestAccount dpo = this.accounts.fresh(Role.DPO);
		Browser reviewer = new Browser(this.port);
		reviewer.signIn(dpo);
		String page = reviewer.get("/admin/audit?person=" + read.id()).body();
		assertThat(page).contains("Only entries about the person you chose.")
			.contains(coordinator.username())
			.contains("Coordinator")
			.contains(">Read<")
			.contains(">Created<")
			.doesNotContain("The chain is intact");
		assertThat(page.split("<tbody>")[1]).as("entries name persons by pseudonym, never by id")
			.doesNotContain(read.id().toString())
			.contains("All entries about this person");
		String aboutOther = reviewer.get("/admin/audit?person=" + other.id() + "&who=" + coordinator.username()).body();
		assertThat(aboutOther).contains("No entry matches.");

		Long recorded = this.jdbc
			.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'READ' AND purpose = 'audit review' "
					+ "AND detail = 'audit trail read, by person' AND subject IS NOT NULL")
			.param(dpo.username())
			.query(Long.class)
			.single();
		assertThat(recorded).isEqualTo(1);
	}

	@Test
	void entriesAreNarrowedByAccountAndActionAndPagedNewestFirst_ALL2() {
		Person read = person("Wouters");
		TestAccount coordinator = this.accounts.fresh(Role.COORDINATOR);
		Browser staff = new Browser(this.port);
		staff.signIn(coordinator);
		while (entriesBy(coordinator) <= 50) {
			staff.get("/admin/people/" + read.id());
		}
		assertThat(entriesBy(coordinator)).as("two pages").isLessThanOrEqualTo(100);
		TestAccount dpo = this.accounts.fresh(Role.DPO);
		Browser reviewer = new Browser(this.port);
		reviewer.signIn(dpo);

		String first = reviewer.get("/admin/audit?who=" + coordinator.username() + "&what=LOGIN").body();
		assertThat(first.split("<tbody>")[1].split("<tr>", -1)).as("one sign-in").hasSize(2);
		assertThat(first).contains("Signed in").doesNotContain("Older entries");

		String all = reviewer.get("/admin/audit?who=" + coordinator.username()).body();
		assertThat(all).contains("Older entries");
		String older = all.replaceAll("(?s).*class=\"audit-older\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
		assertThat(older).contains("who=" + coordinator.username()).contains("before=");
		String second = reviewer.get(older).body();
		assertThat(second).contains(coordinator.username()).doesNotContain("Older entries");
		assertThat(second).as("the first page has fifty entries, the second the rest").contains("Signed in");
	}

	@Test
	void anUnreadableDayIsNamedBesideItsFieldAndTheTrailIsClosedToOtherRoles() {
		Browser reviewer = new Browser(this.port);
		reviewer.signIn(this.accounts.of(Role.DPO));
		HttpResponse<String> page = reviewer.get("/admin/audit?from=2026-13-45&until=yesterday&what=DROP");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"from-error\"")
			.contains("aria-describedby=\"from-error\"")
			.contains("value=\"2026-13-45\"")
			.contains("id=\"until-error\"")
			.contains("id=\"what-error\"")
			.contains("This is not a valid date.");

		String reversed = reviewer.get("/admin/audit?from=2026-12-05&until=2026-12-01").body();
		assertThat(reversed).contains("id=\"until-error\"").contains("The end date lies before the start date.");

		Browser trainer = new Browser(this.port);
		trainer.signIn(this.accounts.of(Role.TRAINER));
		assertThat(trainer.get("/admin/audit").statusCode()).isEqualTo(403);
	}

	@Test
	void theLastCheckOfTheChainIsOnTheDashboardOfWhoeverReadsTheTrail_ALL2() {
		this.jdbc
			.sql("INSERT INTO audit_check (checked_at, entries, unsealed, broken_at, problem) "
					+ "VALUES (CURRENT_TIMESTAMP, 41, 0, 42, 'its content was changed after sealing')")
			.update();
		Browser dpo = new Browser(this.port);
		dpo.signIn(this.accounts.of(Role.DPO));
		assertThat(dpo.get("/admin?lang=en").body()).contains("The chain is broken", "is the first broken entry",
				">42<");

		assertThat(dpo.get("/admin/audit").body()).contains("The chain is intact");
		String dashboard = dpo.get("/admin?lang=en").body();
		assertThat(dashboard).contains("The chain was intact").doesNotContain("The chain is broken");
		assertThat(dashboard).containsPattern("checked [A-Z][a-z]+ \\d{1,2}, \\d{4}, \\d{2}:\\d{2}, \\d+ entries");

		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		assertThat(coordinator.get("/admin?lang=en").body()).doesNotContain("The chain");
	}

	private long entriesBy(TestAccount account) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ?")
			.param(account.username())
			.query(Long.class)
			.single();
	}

	private Person person(String family) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.manage", "backoffice"));
		String unique = family + UUID.randomUUID().toString().substring(0, 6);
		try {
			return this.persons.register(new NewPerson("Els", null, unique, null, "nl", null, Provenance.EMPLOYER,
					List.of(NewContact.business("els." + unique + "@example.be")), List.of(),
					List.of(new NewIdentifier(IdentifierKind.PERSONNEL_NUMBER, "P-" + unique))));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
