package org.tutela.register;

import org.jspecify.annotations.Nullable;

/** The purpose guard's answer: allowed, or refused with the reason. */
public record PurposeDecision(String purpose, @Nullable Refusal refusal) {

	public boolean allowed() {
		return this.refusal == null;
	}

}
