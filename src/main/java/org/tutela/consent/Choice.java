package org.tutela.consent;

import java.time.Instant;
import java.util.UUID;

/** One recorded choice of a person about a purpose, with its evidence. */
public record Choice(UUID person, String purpose, ChoiceKind kind, Evidence evidence, Instant at) {

	public Channel channel() {
		return this.evidence.channel();
	}

}
