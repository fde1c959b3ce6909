package org.tutela.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.identity.StaffAccount;
import org.tutela.identity.StaffAccounts;
import org.tutela.platform.dashboard.DashboardPanel;

/**
 * Accounts on the administrator's dashboard: how many there are, how many are locked and
 * how many still lack the second factor their role needs.
 */
@Component
class AccountsOnTheDashboard implements DashboardPanel {

	private final StaffAccounts accounts;

	private final MessageSource messages;

	AccountsOnTheDashboard(StaffAccounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panel(Locale locale) {
		if (!Caller.holds(Permission.MANAGE_ACCOUNTS)) {
			return Optional.empty();
		}
		List<StaffAccount> all = this.accounts.list();
		long locked = all.stream().filter(StaffAccount::locked).count();
		long withoutSecondFactor = all.stream()
			.filter(account -> account.role().secondFactorRequired() && !account.secondFactor())
			.count();
		return Optional.of(new Panel(word("accounts.title", locale), List
			.of(Figure.plain(all.size(), word("dashboard.accounts.all", locale), "/admin/accounts"),
					Figure.urgent(locked, word("dashboard.accounts.locked", locale), "/admin/accounts", Tone.WARNING),
					Figure.urgent(withoutSecondFactor, word("dashboard.accounts.second-factor", locale),
							"/admin/accounts", Tone.WARNING)),
				List.of(), word("dashboard.accounts.more", locale), "/admin/logins"));
	}

	@Override
	public int order() {
		return 60;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
