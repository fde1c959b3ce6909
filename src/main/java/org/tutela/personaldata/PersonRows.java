package org.tutela.personaldata;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.personaldata.ExpiringRecords.Due;

/**
 * A table whose records the retention engine reaches row by row and deletes whole: each
 * row keyed by a UUID {@code id} and naming its person in {@code person_id}. The
 * {@link ExpiringRecords} of a message, an application or a member record say only which
 * rows an event has reached.
 */
public final class PersonRows {

	private final JdbcClient jdbc;

	private final String table;

	public PersonRows(JdbcClient jdbc, String table) {
		this.jdbc = jdbc;
		this.table = table;
	}

	/**
	 * The rows meeting the condition, which may name {@code :cutoff} and
	 * {@code :consented}, by key after {@code after}, at most {@code limit}.
	 */
	public List<Due> due(String condition, LocalDate cutoff, @Nullable Boolean consented, @Nullable String after,
			int limit) {
		return this.jdbc
			.sql("SELECT id, person_id FROM " + this.table + " WHERE " + condition
					+ (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("consented", consented)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("person_id", UUID.class)))
			.list();
	}

	/** Deletes the rows; no other action reaches them. */
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty() || action != RetentionAction.DELETE) {
			return 0;
		}
		return this.jdbc.sql("DELETE FROM " + this.table + " WHERE id IN (:keys)")
			.param("keys", keys.stream().map(UUID::fromString).toList())
			.update();
	}

	/** The rows naming the persons, which name them until they are deleted. */
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, person_id FROM " + this.table + " WHERE person_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("person_id", UUID.class)))
			.list();
	}

}
