package org.tutela.audit;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.audit.trail.Sealer;
import org.tutela.audit.trail.Verifier;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The audit trail is append-only and hash-chained (ALL-2; ASVS 16.4.2 logs protected from
 * change): every direct change in the database is found by verification, which names the
 * first broken entry. Each test puts back what it broke, so the chain is whole for the
 * next.
 */
@HttpTest
class AuditChainTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	Sealer sealer;

	@Autowired
	Verifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void recordAndSeal() {
		for (int i = 0; i < 5; i++) {
			this.transactions.executeWithoutResult(status -> this.trail
				.record(AuditEvent.read(PersonId.random(), "course administration", "first_name", "email")));
		}
		this.sealer.sealAll();
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void sealedEntriesLinkEachToThePreviousOnesHash_ALL2() {
		long last = lastSeq();
		Map<String, Object> newest = entry(last);
		Map<String, Object> before = entry(last - 1);
		assertThat(newest.get("prev_hash")).isEqualTo(before.get("hash"));
		assertThat((String) newest.get("hash")).hasSize(64).isNotEqualTo(before.get("hash"));
		assertThat(newest.get("subject")).as("persons are named by pseudonym").asString().hasSize(64);
	}

	@Test
	void anEntryOfWorkThatWasRolledBackIsNotInTheTrail() {
		long before = count();
		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.trail.record(AuditEvent.read(PersonId.random(), "course administration", "email"));
			throw new IllegalStateException("the work failed");
		})).hasMessage("the work failed");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void changingAnyColumnOfASealedEntryIsDetectedAndNamed_ALL2_ASVS_16_4_2() {
		long target = lastSeq() - 2;
		Map<String, Object> original = entry(target);
		for (String column : new String[] { "actor", "action", "purpose", "fields", "subject", "detail" }) {
			tamper("UPDATE audit_entry SET " + column + " = 'forged' WHERE chain_seq = " + target);
			ChainReport report = this.verifier.verify();
			assertThat(report.intact()).as(column).isFalse();
			assertThat(report.brokenAt()).as(column).isEqualTo(target);
			assertThat(report.problem()).as(column).contains("changed after sealing");
			tamper("UPDATE audit_entry SET " + column + " = " + literal(original.get(column)) + " WHERE chain_seq = "
					+ target);
			assertThat(this.verifier.verify().intact()).as(column + " put back").isTrue();
		}
	}

	@Test
	void removingAnEntryInTheMiddleIsDetected_ALL2() {
		long target = lastSeq() - 1;
		Map<String, Object> original = entry(target);
		tamper("DELETE FROM audit_entry WHERE chain_seq = " + target);
		ChainReport report = this.verifier.verify();
		assertThat(report.brokenAt()).isEqualTo(target + 1);
		assertThat(report.problem()).contains("entry " + target + " is missing");
		putBack(original);
	}

	@Test
	void removingTheNewestEntriesIsDetectedByTheHeadWrittenOutsideTheDatabase_ALL2() {
		long last = lastSeq();
		Map<String, Object> original = entry(last);
		tamper("DELETE FROM audit_entry WHERE chain_seq = " + last);
		ChainReport report = this.verifier.verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).contains("entries were removed from its end");
		putBack(original);
	}

	@Test
	void theApplicationItselfCannotChangeOrRemoveEntriesOnPostgres_ASVS_16_4_2() {
		assumeThat(TestDatabase.isPostgres()).as("the append-only triggers exist on PostgreSQL").isTrue();
		long target = lastSeq();
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_entry SET actor = 'forged' WHERE chain_seq = ?")
			.param(target)
			.update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_entry WHERE chain_seq = ?").param(target).update())
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("TRUNCATE audit_entry").update()).rootCause()
			.hasMessageContaining("cannot be truncated");
		assertThatThrownBy(() -> this.jdbc
			.sql("INSERT INTO audit_entry (occurred_at, actor, actor_roles, action, chain_seq, prev_hash, hash) "
					+ "VALUES (CURRENT_TIMESTAMP, 'forger', 'STAFF', 'READ', ?, 'x', 'y')")
			.param(target + 1_000_000)
			.update()).as("an entry inserted as if sealed").rootCause().hasMessageContaining("inserted unsealed");
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE audit_chain_head SET chain_seq = 0").update())
			.as("the head reset")
			.rootCause()
			.hasMessageContaining("only moves forward");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM audit_chain_head").update()).rootCause()
			.hasMessageContaining("only moves forward");
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	/**
	 * Changes the table the way a database administrator could, past the triggers on
	 * PostgreSQL.
	 */
	private void tamper(String sql) {
		if (TestDatabase.isPostgres()) {
			TestDatabase.adminOnApplicationDatabase("SET session_replication_role = replica; " + sql);
		}
		else {
			this.jdbc.sql(sql).update();
		}
	}

	private void putBack(Map<String, Object> entry) {
		StringBuilder columns = new StringBuilder();
		StringBuilder values = new StringBuilder();
		for (Map.Entry<String, Object> column : entry.entrySet()) {
			columns.append(columns.isEmpty() ? "" : ", ").append(column.getKey());
			values.append(values.isEmpty() ? "" : ", ").append(literal(column.getValue()));
		}
		tamper("INSERT INTO audit_entry (" + columns + ") VALUES (" + values + ")");
		assertThat(this.verifier.verify().intact()).as("put back").isTrue();
	}

	private static String literal(Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		String text = value instanceof java.sql.Timestamp || value instanceof java.time.temporal.Temporal
				? "TIMESTAMP WITH TIME ZONE '" + value.toString().replace('T', ' ') + "'" : null;
		return text != null ? text : "'" + value.toString().replace("'", "''") + "'";
	}

	private Map<String, Object> entry(long seq) {
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE chain_seq = ?").param(seq).query().singleRow();
	}

	private long lastSeq() {
		return this.jdbc.sql("SELECT MAX(chain_seq) FROM audit_entry").query(Long.class).single();
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
	}

}
