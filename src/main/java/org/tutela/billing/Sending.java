package org.tutela.billing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One sending of an issued invoice or credit note: how, to whom (an e-mail address, or a
 * Peppol participant id such as {@code 0208:0202239951}), by whom and when, and what
 * became of it, with the access point's reason when it failed and the moment it answered.
 */
public record Sending(UUID id, UUID invoice, SendingChannel channel, String recipient, SendingStatus status,
		@Nullable String reason, String sentBy, Instant sentAt, @Nullable Instant answeredAt) {
}
