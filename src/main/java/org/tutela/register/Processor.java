package org.tutela.register;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A processor (Art. 28) or sub-processor: what it does, where, whether the agreement is
 * signed, and for a transfer outside the EEA the mechanism that allows it (adequacy, SCC,
 * BCR).
 */
public record Processor(String name, String service, Agreement agreement, String country,
		@Nullable String transferMechanism, List<String> subProcessors) {

	public Processor {
		subProcessors = List.copyOf(subProcessors);
	}

	public boolean agreementSigned() {
		return this.agreement == Agreement.SIGNED;
	}

}
