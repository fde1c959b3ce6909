package org.tutela.consent;

import java.time.Instant;

import org.tutela.personaldata.PersonId;

/** One recorded choice of a person about a purpose, with its evidence. */
public record Choice(PersonId person, String purpose, ChoiceKind kind, Evidence evidence, Instant at) {

	public Channel channel() {
		return this.evidence.channel();
	}

}
