package org.tutela.people.importing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.people.ImportReport;
import org.tutela.people.ImportReport.RowError;
import org.tutela.people.ImportStatus;
import org.tutela.people.Provenance;

/**
 * The imports table: each import's file until it is done, its progress, and its row
 * errors.
 */
@Repository
public class ImportStore {

	/** A report shows this many row errors at most; the counts stay exact. */
	static final int ERRORS_SHOWN = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ImportStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	public void create(UUID id, String fileName, byte[] content, Provenance provenance, String startedBy, Instant now) {
		this.jdbc.sql("""
				INSERT INTO people_import (id, file_name, content, provenance, status, started_by, created_at)
				VALUES (:id, :file, :content, :provenance, 'CHECKING', :by, :now)""")
			.param("id", id)
			.param("file", fileName)
			.param("content", content)
			.param("provenance", provenance.name())
			.param("by", startedBy)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	byte[] content(UUID id) {
		return this.jdbc.sql("SELECT content FROM people_import WHERE id = :id")
			.param("id", id)
			.query(byte[].class)
			.single();
	}

	Provenance provenance(UUID id) {
		return Provenance.valueOf(this.jdbc.sql("SELECT provenance FROM people_import WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single());
	}

	void progress(UUID id, int total, int processed, int valid) {
		this.jdbc.sql(
				"UPDATE people_import SET total_rows = :total, processed_rows = :processed, valid_rows = :valid WHERE id = :id")
			.param("total", total)
			.param("processed", processed)
			.param("valid", valid)
			.param("id", id)
			.update();
	}

	void importedSoFar(UUID id, int processed, int imported) {
		this.jdbc.sql("UPDATE people_import SET processed_rows = :processed, imported_rows = :imported WHERE id = :id")
			.param("processed", processed)
			.param("imported", imported)
			.param("id", id)
			.update();
	}

	void errors(UUID id, List<RowError> errors) {
		this.batches.batchUpdate(
				"INSERT INTO people_import_error (import_id, line, column_name, code) VALUES (?, ?, ?, ?)",
				errors.stream().map(error -> new Object[] { id, error.line(), error.column(), error.code() }).toList());
	}

	/**
	 * Moves the import from one status to another; false when it was not in {@code from}
	 * (for example confirmed twice).
	 */
	public boolean move(UUID id, ImportStatus from, ImportStatus to) {
		return this.jdbc.sql("UPDATE people_import SET status = :to WHERE id = :id AND status = :from")
			.param("to", to.name())
			.param("id", id)
			.param("from", from.name())
			.update() == 1;
	}

	/**
	 * Ends the import; the file is emptied, as only the stored persons (or nothing) are
	 * to be kept.
	 */
	void finish(UUID id, ImportStatus status, boolean keepFile, Instant now) {
		this.jdbc
			.sql("UPDATE people_import SET status = :status, finished_at = :now" + (keepFile ? "" : ", content = NULL")
					+ " WHERE id = :id")
			.param("status", status.name())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	/**
	 * Discards checked imports nobody confirmed since {@code before}, emptying their
	 * files; returns how many.
	 */
	int discardUnconfirmed(Instant before) {
		return this.jdbc
			.sql("UPDATE people_import SET status = 'DISCARDED', content = NULL "
					+ "WHERE status = 'CHECKED' AND created_at < :before")
			.param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
			.update();
	}

	public void emptyFile(UUID id) {
		this.jdbc.sql("UPDATE people_import SET content = NULL WHERE id = :id").param("id", id).update();
	}

	public Optional<ImportReport> report(UUID id) {
		List<RowError> errors = this.jdbc.sql(
				"SELECT line, column_name, code FROM people_import_error WHERE import_id = :id ORDER BY line, column_name "
						+ "LIMIT " + ERRORS_SHOWN)
			.param("id", id)
			.query((row, n) -> new RowError(row.getInt("line"), row.getString("column_name"), row.getString("code")))
			.list();
		return this.jdbc.sql("SELECT * FROM people_import WHERE id = :id").param("id", id).query((row, n) -> {
			OffsetDateTime finished = row.getObject("finished_at", OffsetDateTime.class);
			return new ImportReport(id, row.getString("file_name"), ImportStatus.valueOf(row.getString("status")),
					row.getInt("total_rows"), row.getInt("processed_rows"), row.getInt("valid_rows"),
					row.getInt("imported_rows"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
					finished == null ? null : finished.toInstant(), errors);
		}).optional();
	}

	public List<UUID> recent(int limit) {
		return this.jdbc.sql("SELECT id FROM people_import ORDER BY created_at DESC LIMIT :limit")
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

}
