package org.tutela.billing.sending;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.billing.PeppolHandOverFailed;
import org.tutela.billing.PeppolSendingOff;

/**
 * A Peppol access point that watches a folder: each document is written as
 * {@code <number>.xml} into {@code tutela.billing.peppol.outbox}, first under a hidden
 * temporary name in that folder and then moved to its name in one step, so the access
 * point never reads half a file. The access point answers in
 * {@code tutela.billing.peppol.answers} (the outbox's {@code answers} folder unless set):
 * {@code <number>.ok} when the document was delivered, {@code <number>.error} holding the
 * reason in UTF-8 when it failed. An answer is deleted once recorded; one about no
 * document handed over is renamed {@code <name>.unmatched}. Without an outbox, Peppol
 * sending is off.
 */
@Component
class FolderAccessPoint implements PeppolAccessPoint {

	private static final Logger log = LoggerFactory.getLogger(FolderAccessPoint.class);

	/**
	 * Numbers as they are issued ({@code 2026-00001}), the only names read or written.
	 */
	private static final Pattern ANSWER = Pattern.compile("(\\d{4}-\\d{5,})\\.(ok|error)");

	/** The longest reason kept. */
	private static final int REASON = 1000;

	private final @Nullable Path outbox;

	private final @Nullable Path answers;

	FolderAccessPoint(@Value("${tutela.billing.peppol.outbox:}") String outbox,
			@Value("${tutela.billing.peppol.answers:}") String answers) {
		this.outbox = outbox.isBlank() ? null : Path.of(outbox.strip());
		this.answers = this.outbox == null ? null
				: answers.isBlank() ? this.outbox.resolve("answers") : Path.of(answers.strip());
		if (this.outbox == null) {
			log.info("Peppol sending off: no tutela.billing.peppol.outbox configured; documents go by e-mail only");
		}
	}

	@Override
	public boolean on() {
		return this.outbox != null;
	}

	@Override
	public void hand(String number, byte[] ubl) {
		if (this.outbox == null) {
			throw new PeppolSendingOff();
		}
		if (!number.matches("\\d{4}-\\d{5,}")) {
			throw new IllegalArgumentException("Not an issued number");
		}
		Path target = this.outbox.resolve(number + ".xml");
		Path temporary = this.outbox.resolve("." + number + ".xml.tmp");
		try {
			Files.write(temporary, ubl);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException notHere) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException failed) {
			log.warn("Peppol outbox: document {} not written: {}", number, failed.getClass().getSimpleName());
			try {
				Files.deleteIfExists(temporary);
			}
			catch (IOException ignored) {
				// the next sending writes it again
			}
			throw new PeppolHandOverFailed(number);
		}
	}

	@Override
	public List<Answer> answers() {
		List<Answer> found = new ArrayList<>();
		if (this.answers == null || !Files.isDirectory(this.answers)) {
			return found;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.answers)) {
			for (Path file : files) {
				Matcher name = ANSWER.matcher(file.getFileName().toString());
				if (name.matches() && Files.isRegularFile(file)) {
					boolean delivered = name.group(2).equals("ok");
					found.add(new Answer(name.group(1), delivered, delivered ? null : reason(file)));
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		found.sort((one, other) -> one.number().compareTo(other.number()));
		return found;
	}

	@Override
	public void acknowledge(Answer answer) {
		try {
			Files.deleteIfExists(file(answer));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	@Override
	public void setAside(Answer answer) {
		Path file = file(answer);
		try {
			Files.move(file, file.resolveSibling(file.getFileName() + ".unmatched"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private Path file(Answer answer) {
		if (this.answers == null) {
			throw new PeppolSendingOff();
		}
		return this.answers.resolve(answer.number() + (answer.delivered() ? ".ok" : ".error"));
	}

	private static String reason(Path file) throws IOException {
		String reason = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip();
		if (reason.isEmpty()) {
			return "no reason given";
		}
		return reason.length() > REASON ? reason.substring(0, REASON) : reason;
	}

}
