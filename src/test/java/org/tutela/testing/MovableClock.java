package org.tutela.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock, which a test can set to a day and back to now: for rules that
 * count days, such as retention periods. Import {@link Configuration} to use it in place
 * of the application's clock.
 */
public class MovableClock extends Clock {

	private final ZoneId zone;

	private volatile Instant fixed;

	MovableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Noon of the day, in the application's zone, until set again. */
	public void day(LocalDate day) {
		this.fixed = day.atTime(LocalTime.NOON).atZone(this.zone).toInstant();
	}

	/** This moment of the application's zone, to the minute, until set again. */
	public void at(LocalDateTime moment) {
		this.fixed = moment.atZone(this.zone).toInstant();
	}

	/** The real time again. */
	public void now() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	/** The same moving time, seen in another zone. */
	@Override
	public Clock withZone(ZoneId other) {
		MovableClock outer = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return other;
			}

			@Override
			public Clock withZone(ZoneId another) {
				return outer.withZone(another);
			}

			@Override
			public Instant instant() {
				return outer.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		Instant at = this.fixed;
		return at == null ? Instant.now() : at;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock(@Value("${tutela.time-zone}") ZoneId zone) {
			return new MovableClock(zone);
		}

	}

}
