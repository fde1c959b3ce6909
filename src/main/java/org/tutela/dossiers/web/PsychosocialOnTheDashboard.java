package org.tutela.dossiers.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.psychosocial.PsychosocialCases;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.dashboard.DashboardPanel;

/**
 * Psychosocial files on the adviser's dashboard: how many open cases they handle, a count
 * that names nobody.
 */
@Component
class PsychosocialOnTheDashboard implements DashboardPanel {

	private final PsychosocialCases cases;

	private final MessageSource messages;

	PsychosocialOnTheDashboard(PsychosocialCases cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.READ_PSYCHOSOCIAL_FILES) || !this.cases.offered()) {
			return Optional.empty();
		}
		return Optional.of(new Panel(word("psychosocial.cases.title", locale),
				List.of(Figure.plain(this.cases.openCount(), word("psychosocial.dashboard.open", locale),
						"/admin/psychosocial")),
				List.of(), word("psychosocial.dashboard.all", locale), "/admin/psychosocial"));
	}

	@Override
	public int order() {
		return 16;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
