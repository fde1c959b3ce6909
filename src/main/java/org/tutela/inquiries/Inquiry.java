package org.tutela.inquiries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * A message as staff read it: what it is about (a subject's words, or a course), who sent
 * it, the organisation it is filed with, what they wrote, when it arrived, and, once
 * answered, the replies and the day it was closed.
 */
public record Inquiry(UUID id, InquiryKind kind, String about, @Nullable PersonId person, String senderName,
		String senderEmail, @Nullable String senderOrganisation, @Nullable String senderPhone,
		@Nullable UUID organisation, @Nullable String organisationName, @Nullable String body, Instant receivedAt,
		@Nullable LocalDate closedOn, List<Reply> replies) {

	public Inquiry {
		replies = List.copyOf(replies);
	}

	public boolean open() {
		return this.closedOn == null;
	}

}
