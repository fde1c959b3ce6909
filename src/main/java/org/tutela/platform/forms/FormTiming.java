package org.tutela.platform.forms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.platform.crypto.KeyedHash;

/**
 * Spam protection without a third-party service (SKI-11): the form carries the signed
 * moment it was shown, and a form sent back sooner than a person could fill it in, later
 * than a day, with a forged moment, or with the hidden field filled in is taken for a
 * robot. Every public form uses it: registrations, contact messages, information
 * requests.
 */
@Component
public class FormTiming {

	private static final String DOMAIN = "registration-form";

	private final KeyedHash hash;

	private final Clock clock;

	private final Duration minimum;

	FormTiming(KeyedHash hash, Clock clock, @Value("${tutela.forms.minimum-fill-time}") Duration minimum) {
		this.hash = hash;
		this.clock = clock;
		this.minimum = minimum;
	}

	/** The token a form carries: when it was shown, and a signature over that. */
	public String issue() {
		String shown = Long.toString(this.clock.millis());
		return shown + "." + this.hash.hash(DOMAIN, shown);
	}

	public boolean human(@Nullable String token, String trap) {
		if (token == null || !trap.isEmpty()) {
			return false;
		}
		int dot = token.indexOf('.');
		if (dot < 1 || !this.hash.hash(DOMAIN, token.substring(0, dot)).equals(token.substring(dot + 1))) {
			return false;
		}
		Instant shown;
		try {
			shown = Instant.ofEpochMilli(Long.parseLong(token.substring(0, dot)));
		}
		catch (NumberFormatException forged) {
			return false;
		}
		Duration taken = Duration.between(shown, this.clock.instant());
		return taken.compareTo(this.minimum) >= 0 && taken.compareTo(Duration.ofDays(1)) < 0;
	}

}
