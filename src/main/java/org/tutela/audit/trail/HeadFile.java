package org.tutela.audit.trail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.audit.trail.Entries.Head;

/**
 * The chain's head written outside the database, one line per sealing ("seq hash time"),
 * so that removing the newest entries, which leaves a chain that is whole but shorter, is
 * still detected. Point {@code tutela.audit.head-file} at storage the database's
 * administrators cannot rewrite (another host, a write-once volume).
 */
@Component
class HeadFile {

	private final Path file;

	private final Clock clock;

	HeadFile(@Value("${tutela.audit.head-file}") Path file, Clock clock) {
		this.file = file;
		this.clock = clock;
	}

	synchronized void append(Head head) {
		try {
			Files.createDirectories(this.file.toAbsolutePath().getParent());
			Files.writeString(this.file, head.seq() + " " + head.hash() + " " + this.clock.instant() + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
					StandardOpenOption.SYNC);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the audit chain head to " + this.file, ex);
		}
	}

	/** The newest head written, if any. */
	Optional<Head> last() {
		try {
			if (!Files.exists(this.file)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(this.file, StandardCharsets.UTF_8);
			for (int i = lines.size() - 1; i >= 0; i--) {
				String[] parts = lines.get(i).split(" ");
				if (parts.length >= 2) {
					return Optional.of(new Head(Long.parseLong(parts[0]), parts[1]));
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit chain head from " + this.file, ex);
		}
	}

}
