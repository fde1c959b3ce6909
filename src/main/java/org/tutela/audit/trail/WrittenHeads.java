package org.tutela.audit.trail;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.tutela.audit.trail.Entries.Head;

/**
 * The heads one file holds, read line by line while the chain is walked, so that every
 * head ever written is checked in constant memory: a chain cut back and sealed again past
 * its old end differs from the head once written at that height, which a check of the
 * last line alone would miss. Only what the file held when it was opened is read: a
 * sealing that ends during the walk cannot look like a missing entry.
 */
final class WrittenHeads implements Closeable {

	private final Path file;

	private final @Nullable BufferedReader reader;

	private long unread;

	private @Nullable Head next;

	private @Nullable String problem;

	private WrittenHeads(Path file) {
		this.file = file;
		try {
			if (Files.exists(file)) {
				this.unread = Files.size(file);
				this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
			}
			else {
				this.reader = null;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the audit chain head from " + file, ex);
		}
		advance();
	}

	static WrittenHeads open(Path file) {
		return new WrittenHeads(file);
	}

	/**
	 * Meets the chain's entry at {@code seq}, walked in order: the problem when a head
	 * written at that height names another hash, or when the file cannot be read.
	 */
	@Nullable String meet(long seq, String hash) {
		while (this.problem == null && this.next != null && this.next.seq() <= seq) {
			if (this.next.seq() == seq && !this.next.hash().equals(hash)) {
				return "its hash differs from the one written outside the database (" + this.file.getFileName()
						+ "): the chain was rewritten";
			}
			advance();
		}
		return this.problem;
	}

	/**
	 * The highest head still ahead once the chain has ended: a sign that entries were
	 * removed from its end.
	 */
	@Nullable Head ahead() {
		return this.next;
	}

	private void advance() {
		this.next = null;
		try {
			String line;
			while (this.reader != null && this.unread > 0 && (line = this.reader.readLine()) != null) {
				this.unread -= line.length() + 1;
				String[] parts = line.split(" ");
				if (parts.length < 2) {
					continue;
				}
				this.next = new Head(Long.parseLong(parts[0]), parts[1]);
				return;
			}
		}
		catch (IOException | NumberFormatException ex) {
			this.problem = "the head written outside the database cannot be read (" + this.file.getFileName() + ")";
		}
	}

	@Override
	public void close() {
		try {
			if (this.reader != null) {
				this.reader.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
