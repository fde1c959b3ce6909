package org.tutela.network.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.network.contact.ContactStore;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;

/**
 * The network's records of a person as the retention engine reaches them: counted from
 * the person's last contact, as the people module records it, and deleted together
 * (contact record, interests, meetings, the matches they asked for). While they are held
 * they name the person, so the person's own record goes after them.
 */
@Component
class ExpiringNetworkRecords implements ExpiringRecords {

	private static final Kind KIND = new Kind("network", "contact records of the network",
			Set.of(NetworkPersonalData.PURPOSE), Set.of(Anchor.LAST_CONTACT), Set.of(RetentionAction.DELETE));

	private static final String HELD = "SELECT person_id FROM network_contact UNION SELECT person_id FROM network_interest "
			+ "UNION SELECT person_id FROM network_meeting UNION SELECT person_id FROM network_match";

	private static final String LAST_CONTACT = "GREATEST(p.created_at, COALESCE(p.last_contact_at, p.created_at),"
			+ " COALESCE(p.last_activity_at, p.created_at))";

	private final JdbcClient jdbc;

	private final ContactStore store;

	private final Clock clock;

	ExpiringNetworkRecords(JdbcClient jdbc, ContactStore store, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return this.jdbc
			.sql("SELECT h.person_id FROM (" + HELD + ") h JOIN people_person p ON p.id = h.person_id WHERE "
					+ LAST_CONTACT + " < :before AND NOT p.restricted"
					+ (after == null ? "" : " AND h.person_id > :after") + " ORDER BY h.person_id LIMIT :limit")
			.param("before", cutoff.plusDays(1).atStartOfDay(this.clock.getZone()).toOffsetDateTime())
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("person_id"), row.getObject("person_id", UUID.class)))
			.list();
	}

	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (action != RetentionAction.DELETE) {
			return 0;
		}
		keys.forEach(key -> this.store.delete(PersonId.of(UUID.fromString(key))));
		return keys.size();
	}

	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT DISTINCT person_id FROM (" + HELD + ") h WHERE person_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("person_id"), row.getObject("person_id", UUID.class)))
			.list();
	}

}
