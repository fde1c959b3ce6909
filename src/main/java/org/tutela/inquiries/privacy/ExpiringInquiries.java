package org.tutela.inquiries.privacy;

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
 * Contact messages and information requests as the retention engine reaches them: by the
 * day they arrived ({@code collection}) or the day staff closed them
 * ({@code request closed}); an open message has not reached a "request closed" rule. They
 * leave by deletion, with their replies.
 */
@Component
class ExpiringInquiries implements ExpiringRecords {

	private static final Kind KIND = new Kind("inquiries", "contact messages and information requests",
			Set.of(InquiriesPersonalData.PURPOSE), Set.of(Anchor.COLLECTION, Anchor.REQUEST_CLOSED),
			Set.of(RetentionAction.DELETE));

	private final JdbcClient jdbc;

	ExpiringInquiries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		String day = event == Anchor.REQUEST_CLOSED ? "closed_on" : "received_on";
		return this.jdbc
			.sql("SELECT id, person_id FROM inquiries_message WHERE " + day + " <= :cutoff"
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
		return this.jdbc.sql("DELETE FROM inquiries_message WHERE id IN (:keys)")
			.param("keys", keys.stream().map(UUID::fromString).toList())
			.update();
	}

	/** A message names its sender until it is deleted. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, person_id FROM inquiries_message WHERE person_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("person_id", UUID.class)))
			.list();
	}

}
