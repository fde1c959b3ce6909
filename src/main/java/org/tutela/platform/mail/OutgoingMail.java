package org.tutela.platform.mail;

import java.util.List;
import java.util.Map;

/**
 * A plain-text message to one recipient, with extra headers where a message needs them
 * (the {@code List-Unsubscribe} headers of RFC 2369 and RFC 8058 on marketing mail) and
 * attachments where it carries a document (an iCalendar invitation, a certificate).
 */
public record OutgoingMail(String to, String subject, String text, Map<String, String> headers,
		List<Attachment> attachments) {

	public OutgoingMail {
		headers = Map.copyOf(headers);
		attachments = List.copyOf(attachments);
	}

	public OutgoingMail(String to, String subject, String text, Map<String, String> headers) {
		this(to, subject, text, headers, List.of());
	}

	public OutgoingMail(String to, String subject, String text) {
		this(to, subject, text, Map.of(), List.of());
	}

	/** A file sent along: its name, its media type and its bytes. */
	public record Attachment(String name, String contentType, byte[] content) {
	}

}
