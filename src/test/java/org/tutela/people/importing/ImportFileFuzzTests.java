package org.tutela.people.importing;

import java.io.UncheckedIOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * An uploaded CSV file is outside input: whatever its bytes, its header is checked
 * without failing, and its rows are read, or the file is found unreadable as the import
 * reports it.
 */
class ImportFileFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void anyFileIsCheckedAndReadOrFoundUnreadable(byte[] content) {
		ImportFile file = ImportFile.of(content);
		if (!file.headerErrors().isEmpty()) {
			return;
		}
		try {
			file.rows(row -> {
			});
		}
		catch (UncheckedIOException | IllegalStateException unreadable) {
			// A quote left open: the import reports the file as unreadable.
		}
	}

}
