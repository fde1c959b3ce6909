package org.tutela.dossiers.psychosocial;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.AccountId;

/**
 * A psychosocial case decrypted: the applicant's account of the facts, the persons
 * directly involved, the adviser's dated notes and, once closed, the outcome.
 */
public record CaseFile(CaseSummary summary, String account, @Nullable String involved, @Nullable String outcome,
		List<Note> notes) {

	/** One of the adviser's dated notes. */
	public record Note(UUID id, LocalDate notedOn, String text, AccountId writtenBy) {

	}

}
