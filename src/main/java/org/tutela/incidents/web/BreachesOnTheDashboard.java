package org.tutela.incidents.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.incidents.Breach;
import org.tutela.incidents.BreachClock;
import org.tutela.incidents.Breaches;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.platform.dates.Dates;

/**
 * The breach clocks on the data protection officer's dashboard (ALL-4): how many are
 * running and how many have passed, and a line for each running clock with its due
 * moment, the late ones first and marked.
 */
@Component
class BreachesOnTheDashboard implements DashboardPanel {

	private static final String LINK = "/admin/breaches";

	private final Breaches breaches;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	BreachesOnTheDashboard(Breaches breaches, MessageSource messages, Dates dates, Clock clock) {
		this.breaches = breaches;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.MANAGE_BREACHES)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		List<Running> clocks = new ArrayList<>();
		for (Breach breach : this.breaches.withOpenClocks()) {
			breach.clocks().stream().filter(BreachClock::open).forEach(clock -> clocks.add(new Running(breach, clock)));
		}
		// Late ones first, then the soonest due: they are handled in this order.
		clocks.sort(Comparator.comparing((Running running) -> !running.clock().due().isBefore(now))
			.thenComparing(running -> running.clock().due()));
		long late = clocks.stream().filter(running -> running.clock().due().isBefore(now)).count();
		long running = clocks.size() - late;
		List<Line> lines = clocks.stream().map(open -> line(open, now, locale)).toList();
		List<Figure> figures = List.of(
				Figure.urgent(running, word("breach.dashboard.running", locale), LINK, Tone.WARNING),
				Figure.urgent(late, word("breach.dashboard.passed", locale), LINK, Tone.DANGER));
		return Optional
			.of(new Panel(word("breach.title", locale), figures, lines, word("breach.dashboard.all", locale), LINK));
	}

	private Line line(Running open, Instant now, Locale locale) {
		boolean passed = open.clock().due().isBefore(now);
		return new Line(open.breach().reference() + " · " + word("breach.clock." + open.clock().kind(), locale),
				word(passed ? "breach.dashboard.late" : "breach.dashboard.due", locale,
						this.dates.moment(open.clock().due(), locale)),
				LINK + "/" + open.breach().id());
	}

	@Override
	public int order() {
		return 12;
	}

	private String word(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private record Running(Breach breach, BreachClock clock) {
	}

}
