package org.tutela.members.privacy;

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

/**
 * Membership applications and member records as the retention engine reaches them
 * (CES-9): a member record by the last day of its membership ({@code end of membership};
 * a membership still running has not reached it), a refused or withdrawn application by
 * the day it was decided ({@code request closed}); an application awaiting a decision by
 * neither. They leave by deletion.
 */
@Component
class ExpiringMemberships implements ExpiringRecords {

	private static final Kind KIND = new Kind("members", "membership applications and member records",
			Set.of(MembersPersonalData.PURPOSE), Set.of(Anchor.END_OF_MEMBERSHIP, Anchor.REQUEST_CLOSED),
			Set.of(RetentionAction.DELETE));

	private final JdbcClient jdbc;

	ExpiringMemberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		String reached = event == Anchor.END_OF_MEMBERSHIP ? "decision = 'ACCEPTED' AND member_until <= :cutoff"
				: "decision IN ('REFUSED', 'WITHDRAWN') AND decided_on <= :cutoff";
		return this.jdbc
			.sql("SELECT id, person_id FROM members_application WHERE " + reached
					+ (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("person_id", UUID.class)))
			.list();
	}

	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty() || action != RetentionAction.DELETE) {
			return 0;
		}
		return this.jdbc.sql("DELETE FROM members_application WHERE id IN (:keys)")
			.param("keys", keys.stream().map(UUID::fromString).toList())
			.update();
	}

	/** An application names its applicant until it is deleted. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, person_id FROM members_application WHERE person_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("person_id", UUID.class)))
			.list();
	}

}
