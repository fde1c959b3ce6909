package org.tutela.outreach.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.outreach.Campaign;
import org.tutela.outreach.Campaigns;
import org.tutela.outreach.MailingLists;
import org.tutela.platform.dashboard.DashboardPanel;

/**
 * Outreach on the dashboard: the campaigns still sending with how far they are, and each
 * mailing list with how many it reaches today.
 */
@Component
class OutreachOnTheDashboard implements DashboardPanel {

	private final MailingLists lists;

	private final Campaigns campaigns;

	private final MessageSource messages;

	OutreachOnTheDashboard(MailingLists lists, Campaigns campaigns, MessageSource messages) {
		this.lists = lists;
		this.campaigns = campaigns;
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.MANAGE_OUTREACH)) {
			return Optional.empty();
		}
		List<Campaign> sending = this.campaigns.recent()
			.stream()
			.filter(campaign -> campaign.status() == Campaign.Status.SENDING)
			.toList();
		List<Line> lines = new ArrayList<>();
		sending
			.forEach(campaign -> lines.add(new Line(campaign.variants().get(0).subject(),
					this.messages.getMessage("dashboard.outreach.sending",
							new Object[] { campaign.progress().total() - campaign.progress().queued(),
									campaign.progress().total() },
							locale),
					"/admin/outreach/campaigns/" + campaign.id())));
		this.lists.all()
			.forEach(
					list -> lines.add(new Line(list.name(),
							this.messages.getMessage("dashboard.outreach.reach",
									new Object[] { this.lists.reach(list) }, locale),
							"/admin/outreach/lists/" + list.code())));
		List<Figure> figures = List.of(Figure.plain(sending.size(),
				this.messages.getMessage("dashboard.outreach.campaigns-sending", null, locale), "/admin/outreach"));
		return Optional.of(new Panel(this.messages.getMessage("admin.outreach", null, locale), figures, lines,
				this.messages.getMessage("dashboard.outreach.all", null, locale), "/admin/outreach"));
	}

	@Override
	public int order() {
		return 50;
	}

}
