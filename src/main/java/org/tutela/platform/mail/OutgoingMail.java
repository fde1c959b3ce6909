package org.tutela.platform.mail;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain-text message to one recipient, with extra headers where a message needs them
 * (the {@code List-Unsubscribe} headers of RFC 2369 and RFC 8058 on marketing mail) and
 * attachments where it carries a document (an iCalendar invitation, a certificate). No
 * line break reaches a header: in the subject and the extra headers, where course titles
 * and names are quoted, each run of control characters becomes one space; a recipient
 * with one is refused.
 */
public record OutgoingMail(String to, String subject, String text, Map<String, String> headers,
		List<Attachment> attachments) {

	private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}+");

	public OutgoingMail {
		if (CONTROLS.matcher(to).find()) {
			throw new IllegalArgumentException("A recipient's address holds a control character");
		}
		subject = oneLine(subject);
		headers = headers.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(header -> oneLine(header.getKey()),
					header -> oneLine(header.getValue())));
		attachments = List.copyOf(attachments);
	}

	public OutgoingMail(String to, String subject, String text, Map<String, String> headers) {
		this(to, subject, text, headers, List.of());
	}

	public OutgoingMail(String to, String subject, String text) {
		this(to, subject, text, Map.of(), List.of());
	}

	private static String oneLine(String header) {
		return CONTROLS.matcher(header).replaceAll(" ");
	}

	/** A file sent along: its name, its media type and its bytes. */
	public record Attachment(String name, String contentType, byte[] content) {
	}

}
