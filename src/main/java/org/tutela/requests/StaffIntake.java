package org.tutela.requests;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * A request that reached staff by e-mail, letter or registered letter, with the scan of
 * the letter or identity document where there is one; {@code person} when staff already
 * know whom it is about.
 */
public record StaffIntake(@Nullable Intake channel, @Nullable Right right, @Nullable FileKind fileKind,
		@Nullable String name, @Nullable String email, @Nullable String details, @Nullable LocalDate receivedOn,
		@Nullable PersonId person, @Nullable Document document) {

	/** A scanned letter or identity document. */
	public record Document(String name, String contentType, byte[] content) {
	}

}
