package org.tutela.certification.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Sessions;
import org.tutela.certification.Certificates;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.platform.dates.Dates;

/**
 * Certificates still to issue, on the coordinator's dashboard: the certified sessions of
 * the last two months, held, with participants who met the attendance rule and have no
 * certificate yet, each linked to its certificates page.
 */
@Component
class CertificatesOnTheDashboard implements DashboardPanel {

	private static final int DAYS_BACK = 60;

	private final Sessions sessions;

	private final Certificates certificates;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	CertificatesOnTheDashboard(Sessions sessions, Certificates certificates, MessageSource messages, Dates dates,
			Clock clock) {
		this.sessions = sessions;
		this.certificates = certificates;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.MANAGE_ENROLMENT)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDateTime now = LocalDateTime.now(this.clock);
		List<Line> lines = new ArrayList<>();
		long waiting = 0;
		for (var session : this.sessions.endedBetween(today.minusDays(DAYS_BACK), today)) {
			if (session.cancelled() || !session.course().certified()
					|| now.isBefore(session.lastDay().atTime(session.endsAt()))) {
				continue;
			}
			long count = this.certificates.toIssue(session);
			if (count > 0) {
				waiting += count;
				lines.add(new Line(session.course().title(locale) + " · " + this.dates.day(session.lastDay(), locale),
						this.messages.getMessage("dashboard.certificates.waiting", new Object[] { count }, locale),
						"/admin/sessions/" + session.id() + "/certificates"));
			}
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Panel(
				word("certificates.title", locale), List.of(Figure.urgent(waiting,
						word("dashboard.certificates.to-issue", locale), lines.get(0).link(), Tone.WARNING)),
				lines, word("dashboard.sessions.all", locale), "/admin/sessions"));
	}

	@Override
	public int order() {
		return 26;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
