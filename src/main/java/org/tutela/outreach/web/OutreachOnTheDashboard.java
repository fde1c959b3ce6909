package org.tutela.outreach.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.outreach.MailingLists;
import org.tutela.platform.dashboard.DashboardPanel;

/** Outreach on the dashboard: each mailing list and how many it reaches today. */
@Component
class OutreachOnTheDashboard implements DashboardPanel {

	private final MailingLists lists;

	private final MessageSource messages;

	OutreachOnTheDashboard(MailingLists lists, MessageSource messages) {
		this.lists = lists;
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.MANAGE_OUTREACH)) {
			return Optional.empty();
		}
		List<Line> lines = this.lists.all()
			.stream()
			.map(list -> new Line(list.name(),
					this.messages.getMessage("dashboard.outreach.reach", new Object[] { this.lists.reach(list) },
							locale),
					"/admin/outreach/lists/" + list.code()))
			.toList();
		return Optional.of(new Panel(this.messages.getMessage("admin.outreach", null, locale), List.of(), lines,
				this.messages.getMessage("dashboard.outreach.all", null, locale), "/admin/outreach"));
	}

	@Override
	public int order() {
		return 50;
	}

}
