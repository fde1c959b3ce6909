package org.tutela;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.trail.Sealer;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's commands: {@code audit verify} (exit code 0 when intact, 1 naming the
 * broken entry) and {@code keys rotate} (embedded mode).
 */
class CommandTests {

	@Test
	void theCommandReportsAnIntactChainThenTheEntryChangedInTheDatabase_ALL2(@TempDir Path dataDir) {
		String[] settings = { "--tutela.data-dir=" + dataDir, "--spring.datasource.url=" };
		try (ConfigurableApplicationContext app = SpringApplication.run(TutelaApplication.class, "--server.port=0",
				settings[0], settings[1])) {
			TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
			for (int i = 0; i < 3; i++) {
				transactions.executeWithoutResult(status -> app.getBean(AuditTrail.class)
					.record(AuditEvent.read(PersonId.random(), "certification", "national_register_number")));
			}
			app.getBean(Sealer.class).sealAll();
		}
		ByteArrayOutputStream intact = new ByteArrayOutputStream();
		String[] withAServerSetting = { settings[0], settings[1], "--server.port=8080" };
		assertThat(TutelaApplication.verifyAudit(withAServerSetting,
				new PrintStream(intact, true, StandardCharsets.UTF_8)))
			.as("settings the command does not need are no obstacle")
			.isZero();
		assertThat(intact.toString(StandardCharsets.UTF_8)).contains("Audit chain intact");

		try (ConfigurableApplicationContext app = SpringApplication.run(TutelaApplication.class, "--server.port=0",
				settings[0], settings[1])) {
			app.getBean(JdbcClient.class)
				.sql("UPDATE audit_entry SET purpose = 'marketing' WHERE chain_seq = 2")
				.update();
		}
		ByteArrayOutputStream broken = new ByteArrayOutputStream();
		assertThat(TutelaApplication.verifyAudit(settings, new PrintStream(broken, true, StandardCharsets.UTF_8)))
			.isEqualTo(1);
		assertThat(broken.toString(StandardCharsets.UTF_8)).contains("Audit chain BROKEN at entry 2");
	}

	@Test
	void keysRotateMovesEveryStoredValueUnderANewKey_MEN10(@TempDir Path dataDir) throws Exception {
		String[] settings = { "--tutela.data-dir=" + dataDir, "--spring.datasource.url=" };
		String before;
		try (ConfigurableApplicationContext app = SpringApplication.run(TutelaApplication.class, "--server.port=0",
				settings[0], settings[1])) {
			app.getBean(TestAccounts.class).fresh(Role.PHYSICIAN);
			before = Files.readString(dataDir.resolve("keys/field-keyset.json"));
		}
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		TutelaApplication.rotateKeys(settings, new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(printed.toString(StandardCharsets.UTF_8))
			.containsPattern("re-encrypted [1-9][0-9]* values; 0 remain");
		assertThat(Files.readString(dataDir.resolve("keys/field-keyset.json"))).isNotEqualTo(before);
	}

}
