package org.tutela.incidents.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.incidents.ProcessorAgreements;
import org.tutela.incidents.ProcessorStanding;
import org.tutela.incidents.ProcessorStanding.State;
import org.tutela.platform.dashboard.DashboardPanel;

/**
 * The processors needing the data protection officer, on the dashboard (VCK-8): how many
 * lack an agreement and how many are overdue for review, and a line for each, the missing
 * ones first.
 */
@Component
class ProcessorsOnTheDashboard implements DashboardPanel {

	private static final String LINK = "/admin/processors";

	private final ProcessorAgreements agreements;

	private final MessageSource messages;

	ProcessorsOnTheDashboard(ProcessorAgreements agreements, MessageSource messages) {
		this.agreements = agreements;
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.MANAGE_PROCESSORS)) {
			return Optional.empty();
		}
		List<ProcessorStanding> needing = this.agreements.needingAttention();
		long missing = needing.stream().filter(standing -> standing.state() == State.MISSING).count();
		List<Figure> figures = List
			.of(Figure.urgent(missing, word("processor.dashboard.missing", locale), LINK, Tone.DANGER), Figure
				.urgent(needing.size() - missing, word("processor.dashboard.overdue", locale), LINK, Tone.WARNING));
		List<Line> lines = needing.stream()
			.map(standing -> new Line(standing.processor().name(), word("processor.state." + standing.state(), locale),
					LINK + "/" + standing.key()))
			.toList();
		return Optional.of(new Panel(word("processor.title", locale), figures, lines,
				word("processor.dashboard.all", locale), LINK));
	}

	@Override
	public int order() {
		return 16;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
