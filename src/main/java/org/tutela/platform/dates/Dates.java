package org.tutela.platform.dates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Days and moments as the reader writes them: in the page's language ("6 December 2026",
 * "6 december 2026") and, for moments, in the organisation's time zone to the minute.
 * Pages and PDFs call it as {@code @dates} with {@code #locale}, never showing a stored
 * value as it is kept.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	private final Clock clock;

	Dates(Clock clock) {
		this.clock = clock;
	}

	/** A day: "6 December 2026"; empty for none. */
	public String day(@Nullable LocalDate day, Locale locale) {
		return day == null ? "" : longDate(locale).format(day);
	}

	/** A calendar month: "March 2026", "maart 2026"; empty for none. */
	public String month(@Nullable YearMonth month, Locale locale) {
		return month == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
	}

	/** A moment: "6 December 2026, 12:05" where the organisation is; empty for none. */
	public String moment(@Nullable TemporalAccessor moment, Locale locale) {
		if (moment == null) {
			return "";
		}
		ZonedDateTime at = zoned(moment);
		return longDate(locale).format(at) + ", " + HOURS.format(at);
	}

	/** A moment's day, where the organisation is: "6 December 2026". */
	public String dayOf(@Nullable TemporalAccessor moment, Locale locale) {
		return moment == null ? "" : longDate(locale).format(zoned(moment));
	}

	private ZonedDateTime zoned(TemporalAccessor moment) {
		if (moment instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(this.clock.getZone());
		}
		if (moment instanceof ZonedDateTime zoned) {
			return zoned.withZoneSameInstant(this.clock.getZone());
		}
		return Instant.from(moment).atZone(this.clock.getZone());
	}

	private static DateTimeFormatter longDate(Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
	}

}
