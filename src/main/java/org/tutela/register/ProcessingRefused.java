package org.tutela.register;

import org.tutela.platform.problem.Conflict;

/**
 * Processing a person's data for a purpose was refused by the purpose guard; the reason
 * says why.
 */
public class ProcessingRefused extends Conflict {

	private final Refusal refusal;

	public ProcessingRefused(String purpose, Refusal refusal) {
		super("processing-refused-" + refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), purpose);
		this.refusal = refusal;
	}

	public Refusal refusal() {
		return this.refusal;
	}

}
