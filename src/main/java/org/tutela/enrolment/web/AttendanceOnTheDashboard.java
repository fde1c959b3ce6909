package org.tutela.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.AttendanceMark;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.enrolment.registration.RegistrationStore;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.platform.dates.Dates;

/**
 * Attendance still to record: the days of the last two weeks on which a session with
 * participants took place and nobody was marked, each linked to that day's sheet; for a
 * coordinator every session, for a trainer their own. Certificates follow attendance, so
 * a day left open keeps participants from theirs.
 */
@Component
class AttendanceOnTheDashboard implements DashboardPanel {

	private static final int DAYS_BACK = 14;

	private final Sessions sessions;

	private final RegistrationStore registrations;

	private final AttendanceBook attendance;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	AttendanceOnTheDashboard(Sessions sessions, RegistrationStore registrations, AttendanceBook attendance,
			MessageSource messages, Dates dates, Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.attendance = attendance;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		boolean coordinator = Caller.holds(Permission.MANAGE_ENROLMENT);
		if (!coordinator && !Caller.holds(Permission.RECORD_ATTENDANCE)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = today.minusDays(DAYS_BACK);
		List<Line> lines = new ArrayList<>();
		(coordinator ? this.sessions.overlapping(from, today.minusDays(1))
				: Caller.account().map(this.sessions::taughtBy).orElse(List.of()))
			.stream()
			.filter(session -> !session.cancelled() && !session.firstDay().isAfter(today.minusDays(1))
					&& !session.lastDay().isBefore(from))
			.filter(session -> this.registrations.count(session.id(), RegistrationStatus.CONFIRMED) > 0)
			.sorted((one, other) -> one.firstDay().compareTo(other.firstDay()))
			.forEach(session -> unmarked(session, from, today)
				.forEach(day -> lines.add(new Line(session.course().title(locale) + " · " + this.dates.day(day, locale),
						word("dashboard.attendance.unmarked", locale),
						"/admin/sessions/" + session.id() + "/attendance?day=" + day))));
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Panel(
				word("dashboard.attendance.title", locale), List.of(Figure.urgent(lines.size(),
						word("dashboard.attendance.days", locale), lines.get(0).link(), Tone.WARNING)),
				lines, word("dashboard.sessions.all", locale), "/admin/sessions"));
	}

	/** The session's days in the window, before today, on which nobody was marked. */
	private List<LocalDate> unmarked(Session session, LocalDate from, LocalDate today) {
		Set<LocalDate> marked = this.attendance.sheet(session.id())
			.stream()
			.map(AttendanceMark::day)
			.collect(Collectors.toSet());
		return session.days()
			.stream()
			.filter(day -> !day.isBefore(from) && day.isBefore(today) && !marked.contains(day))
			.toList();
	}

	@Override
	public int order() {
		return 25;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
