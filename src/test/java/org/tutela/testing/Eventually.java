package org.tutela.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits for what a listener does after the commit, on a thread of its own: the condition
 * is asked again until it holds, or the test fails after the time given.
 */
public final class Eventually {

	private static final Duration DEFAULT = Duration.ofSeconds(10);

	private Eventually() {
	}

	public static void holds(String what, BooleanSupplier condition) {
		holds(what, DEFAULT, condition);
	}

	public static void holds(String what, Duration within, BooleanSupplier condition) {
		Instant until = Instant.now().plus(within);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError(what + ": not so within " + within.toSeconds() + " s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				throw new AssertionError(what + ": interrupted while waiting", interrupted);
			}
		}
	}

}
