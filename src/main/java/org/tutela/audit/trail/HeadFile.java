package org.tutela.audit.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.audit.trail.Entries.Head;

/**
 * The chain's head written outside the database, one line per sealing ("seq hash time"),
 * to each configured file, so that removing the newest entries, which leaves a chain that
 * is whole but shorter, is still detected, even after new entries were sealed past the
 * old end ({@link WrittenHeads}). Point {@code tutela.audit.head-file} at storage the
 * database's administrators cannot rewrite (another host, a write-once volume); a second
 * path after a comma keeps a copy in another place.
 */
@Component
public class HeadFile {

	private final List<Path> files;

	private final Clock clock;

	/** {@code files}: one path, or several separated by commas. */
	public HeadFile(@Value("${tutela.audit.head-file}") String files, Clock clock) {
		this.files = Arrays.stream(files.split(","))
			.map(String::strip)
			.filter(file -> !file.isEmpty())
			.map(Path::of)
			.toList();
		this.clock = clock;
	}

	synchronized void append(Head head) {
		String line = head.seq() + " " + head.hash() + " " + this.clock.instant() + "\n";
		for (Path file : this.files) {
			try {
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND, StandardOpenOption.SYNC);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write the audit chain head to " + file, ex);
			}
		}
	}

	/** The files the head is written to. */
	List<Path> files() {
		return this.files;
	}

}
