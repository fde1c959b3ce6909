package org.tutela.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditVerification;
import org.tutela.audit.CheckedChain;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.platform.dates.Dates;

/**
 * The audit chain on the dashboard of whoever may read the trail: the last check, by the
 * nightly job or a DPO, and whether the chain was intact then; a broken chain stands out.
 */
@Component
class AuditOnTheDashboard implements DashboardPanel {

	private static final String PAGE = "/admin/audit";

	private final AuditVerification verification;

	private final MessageSource messages;

	private final Dates dates;

	AuditOnTheDashboard(AuditVerification verification, MessageSource messages, Dates dates) {
		this.verification = verification;
		this.messages = messages;
		this.dates = dates;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null
				|| caller.getAuthorities().stream().noneMatch(held -> "audit.read".equals(held.getAuthority()))) {
			return Optional.empty();
		}
		Optional<CheckedChain> last = this.verification.last();
		List<Figure> figures = last.filter(checked -> !checked.report().intact())
			.map(checked -> List.of(new Figure(checked.report().brokenAt() == null ? 0 : checked.report().brokenAt(),
					word("dashboard.audit.broken-at", locale), PAGE, Tone.DANGER)))
			.orElse(List.of());
		Line line = last
			.map(checked -> new Line(
					word(checked.report().intact() ? "dashboard.audit.intact" : "dashboard.audit.broken", locale),
					this.messages.getMessage("dashboard.audit.checked",
							new Object[] { this.dates.moment(checked.checkedAt(), locale), checked.report().checked() },
							locale),
					PAGE))
			.orElse(new Line(word("dashboard.audit.unchecked", locale), word("dashboard.audit.unchecked.how", locale),
					PAGE));
		return Optional.of(new Panel(word("audit.title", locale), figures, List.of(line),
				word("dashboard.audit.more", locale), PAGE));
	}

	@Override
	public int order() {
		return 70;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
