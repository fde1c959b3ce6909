package org.tutela.register.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.register.notice.NoticeVersion;
import org.tutela.register.notice.NoticeVersions;
import org.tutela.register.record.RecordOfProcessing;

/**
 * The register on the dashboard: clients not yet told of the last fundamental change of
 * the notice (MEN-1), and processors or third parties still without an agreement.
 */
@Component
class RegisterOnTheDashboard implements DashboardPanel {

	private final NoticeVersions versions;

	private final RecordOfProcessing record;

	private final MessageSource messages;

	RegisterOnTheDashboard(NoticeVersions versions, RecordOfProcessing record, MessageSource messages) {
		this.versions = versions;
		this.record = record;
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.READ_REGISTER)) {
			return Optional.empty();
		}
		List<Figure> figures = new ArrayList<>();
		this.versions.list().stream().filter(NoticeVersion::fundamental).findFirst().ifPresent(version -> {
			long untold = this.versions.organisationsToTell(version.seq())
				.stream()
				.filter(organisation -> organisation.toldAt() == null)
				.count();
			figures.add(Figure.urgent(untold, word("dashboard.register.untold", locale),
					"/admin/register/notices/" + version.seq(), Tone.WARNING));
		});
		figures.add(Figure.urgent(this.record.missingAgreements(locale).size(),
				word("dashboard.register.agreements", locale), "/admin/register/third-parties", Tone.WARNING));
		return Optional.of(new Panel(word("admin.register", locale), figures, List.of(),
				word("dashboard.register.all", locale), "/admin/register"));
	}

	@Override
	public int order() {
		return 30;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
