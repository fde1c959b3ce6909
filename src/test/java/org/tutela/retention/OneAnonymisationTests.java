package org.tutela.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.Registration;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.RetentionAction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymised registration, and an anonymised certificate, are one thing whatever took
 * them there: the erasure a request asks of the catalogue and the retention rule's sweep
 * of the same kind of record clear the same columns (person, names, links, codes,
 * signatures) and keep the same statistics (MEZ-8, MEZ-13).
 */
@SpringBootTest
class OneAnonymisationTests extends RetentionTest {

	private static final String REGISTRATION = """
			select participant_id, registrant_id, ip_address, user_agent, remark, cancel_token_hash,
				keep_informed_token_hash, status, source, organisation_id, late_cancellation, anonymised_on,
				registered_at, cancelled_at
			from enrolment_registration where id = :id""";

	private static final String CERTIFICATE = """
			select person_id, registration_id, holder_name, reminded_at, anonymised_on, completed_on, valid_until
			from certification_certificate where session_id = :session""";

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	List<ExpiringRecords> kinds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegistrationAndItsCertificateAnonymisedByAnErasureAreTheSameAsByARetentionRule_MEZ8_MEZ13() {
		LocalDate held = LocalDate.now().minusDays(3);
		Registration byRequest = this.fixtures.trained(held, true);
		Registration byRule = this.fixtures.trained(held, true);
		String requestCode = code(byRequest.session());
		String ruleCode = code(byRule.session());

		this.catalogue.erase(byRequest.participant(), module -> Set.of("enrolment", "certification").contains(module)
				? Optional.of(ErasureMode.ANONYMISE) : Optional.empty());
		kind("certificates").apply(RetentionAction.ANONYMISE,
				List.of(this.jdbc.sql("select id from certification_certificate where session_id = :session")
					.param("session", byRule.session())
					.query(String.class)
					.single()));
		kind("registrations").apply(RetentionAction.ANONYMISE, List.of(byRule.id().toString()));

		Map<String, Object> registration = row(REGISTRATION, "id", byRequest.id());
		assertThat(registration).isEqualTo(row(REGISTRATION, "id", byRule.id()));
		assertThat(registration).containsEntry("participant_id", null)
			.containsEntry("registrant_id", null)
			.containsEntry("ip_address", null)
			.containsEntry("cancel_token_hash", null)
			.containsEntry("status", "CONFIRMED")
			.containsEntry("source", "STAFF");
		assertThat(registration.get("anonymised_on")).isNotNull();
		assertThat(this.fixtures.signatures(byRequest.id())).containsOnlyNulls().hasSize(1);
		assertThat(this.fixtures.signatures(byRule.id())).containsOnlyNulls().hasSize(1);

		Map<String, Object> certificate = row(CERTIFICATE, "session", byRequest.session());
		assertThat(certificate).isEqualTo(row(CERTIFICATE, "session", byRule.session()));
		assertThat(certificate).containsEntry("person_id", null)
			.containsEntry("registration_id", null)
			.containsEntry("holder_name", "-");
		assertThat(certificate.get("completed_on")).isNotNull();
		assertThat(certificate.get("anonymised_on")).isNotNull();
		assertThat(code(byRequest.session())).isNotEqualTo(requestCode).matches("[0-9a-f]{14}");
		assertThat(code(byRule.session())).isNotEqualTo(ruleCode).matches("[0-9a-f]{14}");
	}

	private ExpiringRecords kind(String name) {
		return this.kinds.stream().filter(kind -> kind.kind().name().equals(name)).findFirst().orElseThrow();
	}

	private Map<String, Object> row(String sql, String key, UUID id) {
		return this.jdbc.sql(sql).param(key, id).query().singleRow();
	}

	private String code(UUID session) {
		return this.jdbc.sql("select code from certification_certificate where session_id = :session")
			.param("session", session)
			.query(String.class)
			.single();
	}

}
