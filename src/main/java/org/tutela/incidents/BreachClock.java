package org.tutela.incidents;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One clock of a breach: the authority to be notified, or the client organisations
 * contacted, by {@code due}, counted in hours straight from discovery through weekends
 * and holidays (MEN-23, CER-12). It stops when the thing is done; {@code late} when it
 * passed first.
 */
public record BreachClock(Kind kind, Instant due, @Nullable Instant stoppedAt, boolean late) {

	/**
	 * The clock of a breach discovered at {@code discovered}, given the pack's hours and
	 * when the thing was done, if it was.
	 */
	public static BreachClock of(Kind kind, Instant discovered, int hours, @Nullable Instant stoppedAt, Instant now) {
		Instant due = discovered.plus(Duration.ofHours(hours));
		return new BreachClock(kind, due, stoppedAt, (stoppedAt == null ? now : stoppedAt).isAfter(due));
	}

	public boolean open() {
		return this.stoppedAt == null;
	}

	public enum Kind {

		/** The supervisory authority notified (Art. 33(1)). */
		AUTHORITY,
		/** The client organisations contacted to decide together (MEN-23). */
		CLIENTS

	}

}
