package org.tutela.members.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonRows;
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

	private final PersonRows rows;

	ExpiringMemberships(JdbcClient jdbc) {
		this.rows = new PersonRows(jdbc, "members_application");
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return this.rows.due(event == Anchor.END_OF_MEMBERSHIP ? "decision = 'ACCEPTED' AND member_until <= :cutoff"
				: "decision IN ('REFUSED', 'WITHDRAWN') AND decided_on <= :cutoff", cutoff, null, after, limit);
	}

	@Override
	public int apply(RetentionAction action, List<String> keys) {
		return this.rows.apply(action, keys);
	}

	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		return this.rows.naming(persons);
	}

}
