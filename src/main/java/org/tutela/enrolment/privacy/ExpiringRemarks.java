package org.tutela.enrolment.privacy;

import java.time.LocalDate;
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
 * Remarks such as food allergies (health data, MEN-4), as the retention engine reaches
 * them: by the last day of their session; deleting one empties the registration's remark.
 */
@Component
class ExpiringRemarks implements ExpiringRecords {

	private static final Kind KIND = new Kind("enrolment", "remarks", Set.of("session-remarks"),
			Set.of(Anchor.SESSION_END), Set.of(RetentionAction.DELETE));

	private final JdbcClient jdbc;

	private final RegistrationStore store;

	ExpiringRemarks(JdbcClient jdbc, RegistrationStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return this.store.endedBy(cutoff, "r.remark IS NOT NULL", after, limit);
	}

	@Override
	public int apply(RetentionAction action, List<String> keys) {
		return this.jdbc
			.sql("UPDATE enrolment_registration SET remark = NULL WHERE id IN (:keys) AND remark IS NOT NULL")
			.param("keys", keys.stream().map(UUID::fromString).toList())
			.update();
	}

}
