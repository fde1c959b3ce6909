package org.tutela.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * A data-subject request as its file holds it; {@code language}, the one the requester
 * wrote in, where known.
 */
public record DataRequest(UUID id, @Nullable PersonId person, Right right, FileKind fileKind, Intake channel,
		String requesterName, @Nullable String requesterEmail, @Nullable String details, LocalDate receivedOn,
		LocalDate dueOn, @Nullable LocalDate extendedTo, @Nullable String extensionReason, RequestStatus status,
		@Nullable Verification verification, @Nullable Instant verifiedAt, @Nullable String outcome,
		@Nullable String refusalReason, boolean hasDocument, @Nullable Instant closedAt, @Nullable String language) {

	/** The day it must be answered by: the extended one once extended. */
	public LocalDate deadline() {
		return this.extendedTo == null ? this.dueOn : this.extendedTo;
	}

	public boolean late(LocalDate today) {
		return this.status.open() && today.isAfter(deadline());
	}

	/** Open and due within {@code days} days. */
	public boolean dueWithin(LocalDate today, int days) {
		return this.status.open() && !late(today) && !deadline().isAfter(today.plusDays(days));
	}

	/**
	 * Access to a medical file goes to the attending physician, not the person (MEN-17).
	 */
	public boolean answeredToPhysician() {
		return this.fileKind == FileKind.MEDICAL && this.right == Right.ACCESS;
	}

}
