package org.tutela.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What staff do with personal data lands in the trail: who, what, whose, why, which
 * request (ALL-2).
 */
@HttpTest
class AuditRecordingTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	@Test
	void openingTheAccountListWritesAReadEntryWithActorRolePurposeFieldsAndRequest_ALL2() {
		Browser admin = new Browser(this.port);
		admin.signIn(this.accounts.of(Role.ADMIN));
		String requestId = admin.get("/admin/accounts").headers().firstValue("X-Request-Id").orElseThrow();
		Map<String, Object> entry = this.jdbc.sql("SELECT * FROM audit_entry WHERE request_id = ?")
			.param(requestId)
			.query()
			.singleRow();
		assertThat(entry).containsEntry("actor", "admin-user")
			.containsEntry("actor_roles", "ADMIN")
			.containsEntry("action", "READ")
			.containsEntry("purpose", "account administration")
			.containsEntry("fields", "display_name,role,username");
	}

	@Test
	void aSignInIsRecordedUnderAPseudonymNotTheAccountId_ALL2_MEN10() {
		TestAccount trainer = this.accounts.fresh(Role.TRAINER);
		new Browser(this.port).signIn(trainer);
		String pseudonym = this.keyedHash.hash("audit.person", trainer.id().value().toString());
		Map<String, Object> entry = this.jdbc.sql("SELECT * FROM audit_entry WHERE subject = ? AND action = 'LOGIN'")
			.param(pseudonym)
			.query()
			.singleRow();
		assertThat(entry).containsEntry("actor", trainer.username());
		assertThat(entry.values())
			.noneMatch(value -> value != null && value.toString().contains(trainer.id().value().toString()));
	}

	@Test
	void theDpoSeesTheVerifiedChain_ALL2() {
		Browser dpo = new Browser(this.port);
		dpo.signIn(this.accounts.of(Role.DPO));
		String page = dpo.get("/admin/audit").body();
		assertThat(page).contains("The chain is intact");
	}

}
