package org.tutela.enrolment.registration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.tutela.catalog.Session;

/**
 * An iCalendar object (RFC 5545) with one event per session day, sent with a confirmation
 * so the participant's calendar holds the session. Times are written in UTC, texts
 * escaped (section 3.3.11) and lines folded at 75 octets (section 3.1).
 */
public final class Invitation {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private Invitation() {
	}

	public static byte[] of(UUID registration, Session session, String title, ZoneId zone, Instant now) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Tutela//Registrations//EN");
		line(ics, "METHOD:PUBLISH");
		String location = session.room() != null ? session.room().name() + ", " + session.room().address() : "Online";
		for (LocalDate day : session.days()) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + registration + "-" + day + "@tutela");
			line(ics, "DTSTAMP:" + UTC.format(now));
			line(ics, "DTSTART:" + UTC.format(day.atTime(session.startsAt()).atZone(zone)));
			line(ics, "DTEND:" + UTC.format(day.atTime(session.endsAt()).atZone(zone)));
			line(ics, "SUMMARY:" + escape(title));
			line(ics, "LOCATION:" + escape(location));
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/**
	 * Appends a content line, folded so that no line exceeds 75 octets, ending in CRLF.
	 */
	private static void line(StringBuilder ics, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				ics.append("\r\n ");
				octets = 1;
			}
			ics.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		ics.append("\r\n");
	}

}
