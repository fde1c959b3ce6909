package org.tutela.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where an import stands: rows checked so far out of the total, how many are valid, how
 * many were stored, and what is wrong with each bad row (line, column, message code).
 */
public record ImportReport(UUID id, String fileName, ImportStatus status, int totalRows, int processedRows,
		int validRows, int importedRows, Instant createdAt, @Nullable Instant finishedAt, List<RowError> errors) {

	public ImportReport {
		errors = List.copyOf(errors);
	}

	/**
	 * A bad row: the line in the file (the header is line 1), the column, and a code
	 * under {@code invalid.}.
	 */
	public record RowError(int line, String column, String code) {
	}

	public int percentDone() {
		return this.totalRows == 0 ? (this.status.running() ? 0 : 100) : this.processedRows * 100 / this.totalRows;
	}

}
