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

	private static final String MINE = " where registration_id in (:keys)";

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
		return this.store.endedBy(cutoff, action == RetentionAction.ANONYMISE ? "r.anonymised_on is null" : "1 = 1",
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
		this.jdbc.sql("delete from enrolment_evaluation_invite" + MINE).param("keys", ids).update();
		this.jdbc.sql("delete from enrolment_result_disclosure" + MINE).param("keys", ids).update();
		if (action == RetentionAction.DELETE) {
			this.jdbc.sql("delete from enrolment_attendance" + MINE).param("keys", ids).update();
			return this.jdbc.sql("delete from enrolment_registration where id in (:keys)").param("keys", ids).update();
		}
		this.jdbc
			.sql("update enrolment_attendance set signature = null, recorded_by = null" + MINE
					+ " and (signature is not null or recorded_by is not null)")
			.param("keys", ids)
			.update();
		return this.jdbc.sql("""
				update enrolment_registration set participant_id = null, registrant_id = null, ip_address = null,
					user_agent = null, remark = null, cancel_token_hash = null, keep_informed_token_hash = null,
					anonymised_on = :today,
					registered_at = date_trunc('month', registered_at), cancelled_at = date_trunc('month', cancelled_at)
				where id in (:keys) and anonymised_on is null""")
			.param("today", LocalDate.now(this.clock))
			.param("keys", ids)
			.update();
	}

	/**
	 * A registration names its participant and, until it forgets them, its registrant.
	 */
	@Override
	public List<Due> naming(Collection<UUID> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select id, participant_id, registrant_id from enrolment_registration"
					+ " where participant_id in (:persons) or registrant_id in (:persons)")
			.param("persons", persons)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("participant_id", UUID.class),
					row.getObject("registrant_id", UUID.class)))
			.list();
	}

}
