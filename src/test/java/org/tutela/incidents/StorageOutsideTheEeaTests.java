package org.tutela.incidents;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.testing.Smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tutela.incidents.ProcessorAgreementTests.agreement;
import static org.tutela.incidents.ProcessorAgreementTests.dpo;
import static org.tutela.incidents.ProcessorAgreementTests.pdf;

/**
 * The medical-inspection service's policy: data may be processed outside the EU, never
 * stored there, and the standard contractual clauses are recorded with that processor
 * (CER-8). An agreement or a sub-processor storing data outside the EEA is refused with
 * the reason, because the pack says {@code storage-outside-eea: refused}; processing
 * there under the clauses is recorded.
 */
@SpringBootTest(properties = "tutela.policy.pack=medical-inspection")
class StorageOutsideTheEeaTests {

	private static final String SUPPORT = "software-support-provider";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	ProcessorAgreements agreements;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noAgreementYet() {
		ProcessorAgreementTests.forgetAgreements(this.jdbc);
	}

	@Test
	void storageOutsideTheEeaIsRefusedAndProcessingThereUnderClausesIsRecorded_CER8() {
		assertThat(this.agreements.refusesStorageOutsideEea()).isTrue();
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> dpo(() -> this.agreements.record(SUPPORT,
					agreement("2024-05-01", "2026-05-01", "US", "scc", "2021-06-04"), pdf())))
			.satisfies(refused -> assertThat(refused.errors())
				.containsExactly(new FieldError("storageCountry", "processor.storage-outside-eea")));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM incidents_processor_agreement").query(Integer.class).single())
			.isZero();

		// Processed in the United States under the clauses, stored in Belgium: recorded.
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> dpo(() -> this.agreements.record(SUPPORT,
					agreement("2024-05-01", "2026-05-01", "BE", null, null), pdf())))
			.satisfies(refused -> assertThat(refused.errors())
				.containsExactly(new FieldError("safeguard", "processor.safeguard-needed")));
		ProcessorStanding recorded = dpo(() -> this.agreements.record(SUPPORT,
				agreement("2024-05-01", "2026-05-01", "BE", "scc", "2021-06-04"), pdf()));
		assertThat(recorded.agreement().safeguard()).isEqualTo("scc");
		assertThat(recorded.agreement().safeguardOn()).hasToString("2021-06-04");

		// A sub-processor storing in the United States is refused too; one processing
		// there is not.
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> dpo(() -> this.agreements.addSubProcessor(SUPPORT,
					new SubProcessorForm("Ticket service", "support tickets", "US", "on", "on", "scc", "2021-06-04"))))
			.satisfies(refused -> assertThat(refused.errors())
				.containsExactly(new FieldError("subCountry", "processor.storage-outside-eea")));
		ProcessorStanding withSub = dpo(() -> this.agreements.addSubProcessor(SUPPORT,
				new SubProcessorForm("Ticket service", "support tickets", "US", "on", null, "scc", "2021-06-04")));
		assertThat(withSub.agreement().subProcessors()).singleElement()
			.satisfies(sub -> assertThat(sub.stores()).isFalse());
	}

}
