package org.tutela.audit.trail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.audit.ChainReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Removing the newest entries and resetting the chain's head in the database, then
 * letting the sealer go on, leaves a chain that is whole on its own and longer than
 * before: every head written outside the database is checked, so the cut is still found
 * (ALL-2). Runs on an embedded database of its own, since it breaks the chain for good.
 */
class TruncationTests {

	@TempDir
	Path directory;

	private JdbcClient jdbc;

	private Entries entries;

	private Sealer sealer;

	private HeadFile heads;

	@BeforeEach
	void chainOfTen() {
		SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa",
				"");
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load()
			.migrate();
		this.jdbc = JdbcClient.create(database);
		this.entries = new Entries(this.jdbc, new JdbcTemplate(database));
		this.heads = new HeadFile(this.directory.resolve("head") + ", " + this.directory.resolve("copy/head"),
				Clock.systemUTC());
		this.sealer = new Sealer(this.entries, this.heads,
				new TransactionTemplate(new DataSourceTransactionManager(database)));
		record(10);
	}

	@Test
	void cuttingTheChainBackAndSealingPastItsOldEndIsFound_ALL2() {
		assertThat(verify().intact()).isTrue();
		cutBackTo(7);
		assertThat(verify().problem()).as("before new entries").contains("entries were removed from its end");

		record(5);
		assertThat(lastSeq()).as("the chain now reaches past its old end").isEqualTo(12);
		ChainReport report = verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.brokenAt()).isEqualTo(10);
		assertThat(report.problem()).contains("differs from the one written outside the database");
	}

	@Test
	void everyWrittenCopyIsCheckedAndAnEditedOneIsFound_ALL2() throws Exception {
		Path copy = this.directory.resolve("copy/head");
		String written = Files.readString(copy);
		Files.writeString(copy, written.replaceFirst("^(\\d+) [0-9a-f]{8}", "$1 00000000"));
		assertThat(verify().problem()).contains("differs from the one written outside the database (head)");
	}

	/**
	 * What a database administrator could do: remove the newest entries, reset the head.
	 */
	private void cutBackTo(long seq) {
		this.jdbc.sql("DELETE FROM audit_entry WHERE chain_seq > ?").param(seq).update();
		String hash = this.jdbc.sql("SELECT hash FROM audit_entry WHERE chain_seq = ?")
			.param(seq)
			.query(String.class)
			.single();
		this.jdbc.sql("UPDATE audit_chain_head SET chain_seq = ?, hash = ? WHERE id = 1").params(seq, hash).update();
	}

	/** Adds entries and seals them together, so that one head is written for them all. */
	private void record(int count) {
		for (int i = 0; i < count; i++) {
			this.entries.insert(Entry.unsealed(Instant.now(), "staff", "COORDINATOR", "READ", null, "registration",
					"email", null, null));
		}
		this.sealer.sealAll();
	}

	private long lastSeq() {
		return this.jdbc.sql("SELECT MAX(chain_seq) FROM audit_entry").query(Long.class).single();
	}

	private ChainReport verify() {
		return new Verifier(this.entries, this.heads).verify();
	}

}
