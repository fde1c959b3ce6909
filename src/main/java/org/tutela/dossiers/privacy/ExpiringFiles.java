package org.tutela.dossiers.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;

/**
 * A kind of dossier as the retention engine reaches it: the rows of one table whose
 * anchor column is on or before the cutoff, due with the person the file is about;
 * deleting one deletes the rows that depend on it first. A row without an anchor yet is
 * never due.
 */
abstract class ExpiringFiles implements ExpiringRecords {

	private final JdbcClient jdbc;

	private final Kind kind;

	private final Files files;

	ExpiringFiles(JdbcClient jdbc, Kind kind, Files files) {
		this.jdbc = jdbc;
		this.kind = kind;
		this.files = files;
	}

	@Override
	public Kind kind() {
		return this.kind;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		String subject = this.files.persons().get(0);
		return this.jdbc
			.sql("SELECT id, " + subject + " FROM " + this.files.table() + " WHERE " + this.files.anchor()
					+ " <= :cutoff" + (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject(subject, UUID.class)))
			.list();
	}

	/**
	 * Deletes what is still there, so a batch applied twice changes nothing the second
	 * time.
	 */
	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		List<UUID> ids = keys.stream().map(UUID::fromString).toList();
		for (Dependent dependent : this.files.dependents()) {
			this.jdbc.sql("DELETE FROM " + dependent.table() + " WHERE " + dependent.key() + " IN (:ids)")
				.param("ids", ids)
				.update();
		}
		return this.jdbc.sql("DELETE FROM " + this.files.table() + " WHERE id IN (:ids)").param("ids", ids).update();
	}

	/** A file names its persons: their records stay while one is kept. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		List<String> columns = this.files.persons();
		return this.jdbc
			.sql("SELECT id, " + String.join(", ", columns) + " FROM " + this.files.table() + " WHERE "
					+ String.join(" OR ", columns.stream().map(column -> column + " IN (:persons)").toList()))
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> {
				UUID[] named = new UUID[columns.size()];
				for (int i = 0; i < named.length; i++) {
					named[i] = row.getObject(columns.get(i), UUID.class);
				}
				return Due.of(row.getString("id"), named);
			})
			.list();
	}

	/**
	 * The table of the files, the column their period counts from, the columns naming
	 * persons (the one the file is about first), and the rows deleted with a file.
	 */
	record Files(String table, String anchor, List<String> persons, List<Dependent> dependents) {

	}

	/** Rows of another table that go with a file, by the column holding its id. */
	record Dependent(String table, String key) {

	}

}
