package org.tutela.incidents;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.tutela.register.Eea;
import org.tutela.register.Processor;

/**
 * A processor the pack names, with the agreement recorded for it (none when missing) and
 * where it stands: agreement missing, review overdue, or in order. The recorded agreement
 * is what is true; the pack's {@code agreement} is what the published policy says, and
 * {@link #policyDiffers()} tells when the two disagree.
 */
public record ProcessorStanding(String key, Processor processor, @Nullable ProcessorAgreement agreement, State state) {

	/** In the order the register lists them: what needs the officer first. */
	public enum State {

		MISSING, REVIEW_OVERDUE, IN_ORDER

	}

	/**
	 * The key a processor is reached by in addresses: its name in lower case, words
	 * joined by hyphens.
	 */
	public static String keyOf(Processor processor) {
		return processor.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	public boolean needsAttention() {
		return this.state != State.IN_ORDER;
	}

	/**
	 * Whether the published policy says otherwise than the record: signed where none is
	 * recorded, or missing where one is.
	 */
	public boolean policyDiffers() {
		return this.processor.agreementSigned() != (this.agreement != null);
	}

	/** Whether the processor works on the data outside the EEA. */
	public boolean processesOutsideEea() {
		return !Eea.contains(this.processor.country());
	}

}
