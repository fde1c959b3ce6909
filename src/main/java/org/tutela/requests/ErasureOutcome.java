package org.tutela.requests;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.register.Text;

/**
 * What an erasure did: erased completely (MEZ-13), or erased where it could and kept the
 * rest in a restricted archive, each kept purpose with why and the first day it can go
 * (SKI-12).
 */
public record ErasureOutcome(boolean complete, List<String> erasedModules, List<Kept> kept) {

	public ErasureOutcome {
		erasedModules = List.copyOf(erasedModules);
		kept = List.copyOf(kept);
	}

	/**
	 * {@code possibleFrom} is null when the event the period counts from has not happened
	 * yet.
	 */
	public record Kept(String activity, Text purpose, @Nullable Text basisDetail, @Nullable LocalDate possibleFrom) {
	}

}
