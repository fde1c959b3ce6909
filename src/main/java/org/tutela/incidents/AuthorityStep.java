package org.tutela.incidents;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What is due next on a request: the client to be informed by a day (late once that day
 * has passed), the client's window open until a moment, the client's objection, data that
 * may be handed over, or data handed over.
 */
public record AuthorityStep(Stage stage, @Nullable LocalDate day, @Nullable Instant moment, boolean late) {

	public enum Stage {

		INFORM, WINDOW, OBJECTED, HAND_OVER, HANDED_OVER

	}

}
