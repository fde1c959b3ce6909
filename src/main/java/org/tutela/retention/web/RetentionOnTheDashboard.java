package org.tutela.retention.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.platform.dates.Dates;
import org.tutela.retention.ContractEnds;
import org.tutela.retention.Retention;

/**
 * Retention on the dashboard: the legal holds in place, the ended contracts still to
 * close out, and the last sweep with its outcome.
 */
@Component
class RetentionOnTheDashboard implements DashboardPanel {

	private final Retention retention;

	private final ContractEnds contracts;

	private final MessageSource messages;

	private final Dates dates;

	RetentionOnTheDashboard(Retention retention, ContractEnds contracts, MessageSource messages, Dates dates) {
		this.retention = retention;
		this.contracts = contracts;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.MANAGE_RETENTION)) {
			return Optional.empty();
		}
		List<Line> lines = this.retention.history(1)
			.stream()
			.map(run -> new Line(
					this.messages.getMessage("dashboard.retention.last-run",
							new Object[] { this.dates.dayOf(run.startedAt(), locale) }, locale),
					this.messages.getMessage("retention.outcome." + run.outcome(), null, locale),
					"/admin/retention/runs/" + run.id()))
			.toList();
		return Optional.of(new Panel(word("retention.title", locale),
				List.of(Figure.plain(this.retention.holds().size(), word("dashboard.retention.holds", locale),
						"/admin/retention"),
						Figure.urgent(this.contracts.open().size(), word("dashboard.retention.contracts", locale),
								"/admin/retention", Tone.WARNING)),
				lines, word("dashboard.retention.all", locale), "/admin/retention"));
	}

	@Override
	public int order() {
		return 40;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
