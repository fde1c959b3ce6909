package org.tutela.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.tutela.people.ImportReport;
import org.tutela.people.PersonImports;

/**
 * Waits for an import running in the background to finish its step (checking or
 * importing).
 */
public final class ImportReports {

	private ImportReports() {
	}

	/** The report once the step is done, or as it stands after 30 seconds. */
	public static ImportReport finished(PersonImports imports, UUID id) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		ImportReport report = imports.report(id);
		while (report.status().running() && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				return report;
			}
			report = imports.report(id);
		}
		return report;
	}

}
