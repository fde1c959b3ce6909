package org.tutela.enrolment.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;
import org.tutela.enrolment.registration.RegistrationStore;

/**
 * Registrations as the retention engine reaches them, by the last day of their session
 * (which is also the last contact they record). Anonymising one keeps the session,
 * organisation, status and attendance for statistics (SKI-3, SKI-10) and removes
 * everything that names or traces the person: the participant and registrant, signatures,
 * remark, where the form came from, the evaluation link and the cancellation link; its
 * times are kept to the month, so they match no other record's. Deleting one removes it
 * with its attendance.
 */
@Component
class ExpiringRegistrations implements ExpiringRecords {

	private static final Kind KIND = new Kind("enrolment", "registrations", Set.of("training-administration"),
			Set.of(Anchor.SESSION_END, Anchor.LAST_CONTACT), Set.of(RetentionAction.ANONYMISE, RetentionAction.DELETE));

	private static final String MINE = " WHERE registration_id IN (:keys)";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RegistrationStore store;

	ExpiringRegistrations(JdbcClient jdbc, Clock clock, RegistrationStore store) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.store = store;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	/**
	 * Anonymised registrations still wait for a deletion; none waits for a second
	 * anonymisation.
	 */
	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return this.store.endedBy(cutoff, action == RetentionAction.ANONYMISE ? "r.anonymised_on IS NULL" : "1 = 1",
				after, limit);
	}

	/**
	 * Each statement changes nothing the second time, so a batch can be applied again.
	 */
	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		List<UUID> ids = keys.stream().map(UUID::fromString).toList();
		this.jdbc.sql("DELETE FROM enrolment_evaluation_invite" + MINE).param("keys", ids).update();
		this.jdbc.sql("DELETE FROM enrolment_result_disclosure" + MINE).param("keys", ids).update();
		if (action == RetentionAction.DELETE) {
			this.jdbc.sql("DELETE FROM enrolment_attendance" + MINE).param("keys", ids).update();
			return this.jdbc.sql("DELETE FROM enrolment_registration WHERE id IN (:keys)").param("keys", ids).update();
		}
		this.jdbc
			.sql("UPDATE enrolment_attendance SET signature = NULL, recorded_by = NULL" + MINE
					+ " AND (signature IS NOT NULL OR recorded_by IS NOT NULL)")
			.param("keys", ids)
			.update();
		return this.jdbc.sql("""
				UPDATE enrolment_registration SET participant_id = NULL, registrant_id = NULL, ip_address = NULL,
					user_agent = NULL, remark = NULL, cancel_token_hash = NULL, keep_informed_token_hash = NULL,
					anonymised_on = :today,
					registered_at = date_trunc('month', registered_at), cancelled_at = date_trunc('month', cancelled_at)
				WHERE id IN (:keys) AND anonymised_on IS NULL""")
			.param("today", LocalDate.now(this.clock))
			.param("keys", ids)
			.update();
	}

	/**
	 * A registration names its participant and, until it forgets them, its registrant.
	 */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT id, participant_id, registrant_id FROM enrolment_registration"
					+ " WHERE participant_id IN (:persons) OR registrant_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("participant_id", UUID.class),
					row.getObject("registrant_id", UUID.class)))
			.list();
	}

}
