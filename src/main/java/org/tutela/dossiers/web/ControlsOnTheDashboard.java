package org.tutela.dossiers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.AbsenteeismControls;
import org.tutela.dossiers.AbsenteeismControls.Counts;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.dashboard.DashboardPanel;

/**
 * Medical inspection on the dashboard: the controls under way assigned to the physician,
 * and for a head of a department the orders waiting for a physician.
 */
@Component
class ControlsOnTheDashboard implements DashboardPanel {

	private final AbsenteeismControls controls;

	private final MessageSource messages;

	ControlsOnTheDashboard(AbsenteeismControls controls, MessageSource messages) {
		this.controls = controls;
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.READ_MEDICAL_FILES) || !this.controls.offered()) {
			return Optional.empty();
		}
		Counts counts = this.controls.counts();
		List<Figure> figures = new ArrayList<>();
		figures.add(Figure.plain(counts.mine(), word("dossiers.dashboard.mine", locale), "/admin/controls"));
		if (Caller.holds(Permission.ASSIGN_CONTROLS)) {
			figures.add(Figure.urgent(counts.waiting(), word("dossiers.dashboard.waiting", locale), "/admin/controls",
					Tone.WARNING));
		}
		return Optional.of(new Panel(word("dossiers.controls.title", locale), figures, List.of(),
				word("dossiers.dashboard.all", locale), "/admin/controls"));
	}

	@Override
	public int order() {
		return 15;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
