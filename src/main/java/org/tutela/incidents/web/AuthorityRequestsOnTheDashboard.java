package org.tutela.incidents.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.incidents.AuthorityRequests;
import org.tutela.incidents.AuthorityStep.Stage;
import org.tutela.platform.dashboard.DashboardPanel;

/**
 * Authority requests on the DPO's dashboard (MEN-22): how many clients are still to be
 * informed, how many of them late, and how many requests may be handed over now.
 */
@Component
class AuthorityRequestsOnTheDashboard implements DashboardPanel {

	private final AuthorityRequests requests;

	private final MessageSource messages;

	AuthorityRequestsOnTheDashboard(AuthorityRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.MANAGE_AUTHORITY_REQUESTS) || !this.requests.kept()) {
			return Optional.empty();
		}
		List<AuthorityRequests.Line> open = this.requests.open();
		String link = AuthorityRequestPages.PATH;
		long inform = open.stream().filter(line -> line.step().stage() == Stage.INFORM).count();
		long late = open.stream().filter(line -> line.step().late()).count();
		long handOver = open.stream().filter(line -> line.step().stage() == Stage.HAND_OVER).count();
		return Optional.of(new Panel(word("authority.title", locale),
				List.of(Figure.urgent(late, word("authority.dashboard.late", locale), link, Tone.DANGER),
						Figure.urgent(inform, word("authority.dashboard.inform", locale), link, Tone.WARNING),
						Figure.plain(handOver, word("authority.dashboard.hand-over", locale), link)),
				List.of(), word("authority.dashboard.all", locale), link));
	}

	@Override
	public int order() {
		return 14;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
