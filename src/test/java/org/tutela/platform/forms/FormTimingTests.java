package org.tutela.platform.forms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.platform.crypto.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public forms' spam protection (SKI-11): too fast, too late, forged or with the trap
 * filled is a robot.
 */
class FormTimingTests {

	private static final Instant SHOWN = Instant.parse("2026-11-23T10:00:00Z");

	private static final KeyedHash HASH = (domain, value) -> Sha256.hex("test-key|" + domain + "|" + value);

	@Test
	void aPersonTakesAtLeastTheMinimumAndLessThanADay() {
		String token = timing(SHOWN).issue();

		assertThat(timing(SHOWN.plusSeconds(1)).human(token, "")).as("sent after 1 s").isFalse();
		assertThat(timing(SHOWN.plusSeconds(3)).human(token, "")).as("sent after 3 s").isTrue();
		assertThat(timing(SHOWN.plus(Duration.ofHours(5))).human(token, "")).isTrue();
		assertThat(timing(SHOWN.plus(Duration.ofDays(1))).human(token, "")).as("a day later").isFalse();
	}

	@Test
	void aForgedOrMissingMomentOrAFilledTrapIsARobot() {
		String token = timing(SHOWN).issue();
		String earlier = (SHOWN.toEpochMilli() - 60_000) + token.substring(token.indexOf('.'));
		FormTiming later = timing(SHOWN.plusSeconds(30));

		assertThat(later.human(earlier, "")).as("the moment changed, the signature not").isFalse();
		assertThat(later.human(null, "")).isFalse();
		assertThat(later.human("not-a-token", "")).isFalse();
		assertThat(later.human(token, "http://spam.example")).isFalse();
		assertThat(later.human(token, "")).isTrue();
	}

	private static FormTiming timing(Instant now) {
		return new FormTiming(HASH, Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(3));
	}

}
