package org.tutela.requests.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.requests.DataRequest;
import org.tutela.requests.DpoDesk;

/** The DPO's requests on the dashboard: how many are late and how many are due soon. */
@Component
class RequestsOnTheDashboard implements DashboardPanel {

	private final DpoDesk desk;

	private final MessageSource messages;

	private final Clock clock;

	private final int soon;

	RequestsOnTheDashboard(DpoDesk desk, MessageSource messages, Clock clock,
			@Value("${tutela.requests.warning-days}") int soon) {
		this.desk = desk;
		this.messages = messages;
		this.clock = clock;
		this.soon = soon;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.MANAGE_REQUESTS)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<DataRequest> open = this.desk.open();
		long late = open.stream().filter(request -> request.late(today)).count();
		long dueSoon = open.stream().filter(request -> request.dueWithin(today, this.soon)).count();
		return Optional.of(new Panel(word("admin.requests", locale),
				List.of(Figure.urgent(late, word("dashboard.requests.late", locale), "/admin/requests", Tone.DANGER),
						Figure.urgent(dueSoon,
								this.messages.getMessage("dashboard.requests.soon", new Object[] { this.soon }, locale),
								"/admin/requests", Tone.WARNING),
						Figure.plain(open.size(), word("dashboard.requests.open", locale), "/admin/requests")),
				List.of(), word("dashboard.requests.all", locale), "/admin/requests"));
	}

	@Override
	public int order() {
		return 10;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
