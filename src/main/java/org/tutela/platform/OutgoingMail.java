package org.tutela.platform;

import java.util.Map;

/**
 * A plain-text message to one recipient, with extra headers where a message needs them (the
 * {@code List-Unsubscribe} headers of RFC 2369 and RFC 8058 on marketing mail).
 */
public record OutgoingMail(String to, String subject, String text, Map<String, String> headers) {

	public OutgoingMail {
		headers = Map.copyOf(headers);
	}

	public OutgoingMail(String to, String subject, String text) {
		this(to, subject, text, Map.of());
	}

}
