package org.tutela.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.enrolment.registration.RegistrationStore;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.platform.dates.Dates;

/**
 * Sessions on the dashboard: for a coordinator those of the coming four weeks with their
 * places taken and waiting lists, how many are full and how many have fewer participants
 * than they need to go ahead; for a trainer their own of the coming week.
 */
@Component
class SessionsOnTheDashboard implements DashboardPanel {

	private static final int COORDINATOR_DAYS = 28;

	private static final int TRAINER_DAYS = 7;

	private final Sessions sessions;

	private final RegistrationStore registrations;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	SessionsOnTheDashboard(Sessions sessions, RegistrationStore registrations, MessageSource messages, Dates dates,
			Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		boolean coordinator = Caller.holds(Permission.MANAGE_ENROLMENT);
		if (!coordinator && !Caller.holds(Permission.RECORD_ATTENDANCE)) {
			return Optional.empty();
		}
		int days = coordinator ? COORDINATOR_DAYS : TRAINER_DAYS;
		List<Session> coming = (coordinator ? this.sessions.overlapping(today, today.plusDays(days - 1))
				: Caller.account().map(this.sessions::taughtBy).orElse(List.of()))
			.stream()
			.filter(session -> !session.cancelled() && !session.over(today)
					&& session.firstDay().isBefore(today.plusDays(days)))
			.sorted((one, other) -> one.firstDay().compareTo(other.firstDay()))
			.toList();
		Map<UUID, Integer> taken = new HashMap<>();
		coming.forEach(session -> taken.put(session.id(),
				this.registrations.count(session.id(), RegistrationStatus.CONFIRMED)));
		List<Line> lines = coming.stream()
			.map(session -> new Line(
					session.course().title(locale) + " · " + this.dates.day(session.firstDay(), locale),
					this.messages.getMessage("dashboard.sessions.fill",
							new Object[] { taken.get(session.id()), session.capacity(),
									this.registrations.count(session.id(), RegistrationStatus.WAITING) },
							locale)
							+ (belowMinimum(session, taken) ? this.messages.getMessage("dashboard.sessions.needs",
									new Object[] { session.minimum() }, locale) : ""),
					"/admin/sessions/" + session.id()))
			.toList();
		long full = coming.stream().filter(session -> taken.get(session.id()) >= session.capacity()).count();
		long below = coming.stream().filter(session -> belowMinimum(session, taken)).count();
		List<Figure> figures = List.of(
				Figure.plain(coming.size(),
						this.messages.getMessage("dashboard.sessions.coming", new Object[] { days }, locale),
						"/admin/sessions"),
				Figure.urgent(full, this.messages.getMessage("dashboard.sessions.full", null, locale),
						"/admin/sessions", Tone.WARNING),
				Figure.urgent(below, this.messages.getMessage("dashboard.sessions.below", null, locale),
						"/admin/sessions", Tone.WARNING));
		return Optional.of(
				new Panel(
						this.messages.getMessage(coordinator ? "sessions.title" : "dashboard.sessions.mine", null,
								locale),
						coordinator ? figures : List.of(), lines,
						this.messages.getMessage("dashboard.sessions.all", null, locale), "/admin/sessions"));
	}

	@Override
	public int order() {
		return 20;
	}

	private static boolean belowMinimum(Session session, Map<UUID, Integer> taken) {
		return session.minimum() != null && taken.get(session.id()) < session.minimum();
	}

}
