package org.tutela.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The proof of a contract's close-out: what was deleted, transferred and kept, with the
 * reason, and the processors and third parties to tell, with when they were told.
 */
public record ContractClosure(UUID id, UUID organisation, String name, LocalDate endedOn, LocalDate dueOn,
		boolean transferred, String closedBy, Instant closedAt, List<Line> lines, List<Notice> notices) {

	public ContractClosure {
		lines = List.copyOf(lines);
		notices = List.copyOf(notices);
	}

	public enum Outcome {

		DELETED, TRANSFERRED, KEPT

	}

	/** One kind of record and what happened to it: how many, and why it was kept. */
	public record Line(Outcome outcome, String kind, int records, @Nullable String reason) {
	}

	/**
	 * A processor or third party to tell of the end, and when staff recorded telling
	 * them.
	 */
	public record Notice(String recipient, @Nullable String toldBy, @Nullable Instant toldAt) {
	}

}
