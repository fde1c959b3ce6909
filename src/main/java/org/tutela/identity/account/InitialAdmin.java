package org.tutela.identity.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tutela.identity.NewStaffAccount;
import org.tutela.identity.Role;
import org.tutela.identity.StaffAccounts;
import org.tutela.identity.UsernameTaken;

/**
 * On the first start, with no account at all, opens an administrator with a random
 * password and prints it once on the console, never to the log. The holder must replace
 * it and enrol a second factor at the first login.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdmin implements ApplicationRunner {

	static final String USERNAME = "admin";

	private final Accounts accounts;

	private final StaffAccounts staff;

	InitialAdmin(Accounts accounts, StaffAccounts staff) {
		this.accounts = accounts;
		this.staff = staff;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (this.accounts.count() > 0) {
			return;
		}
		String password = FirstPassword.generate();
		try {
			this.staff.openFirstAdmin(new NewStaffAccount(USERNAME, "Administrator", null, Role.ADMIN), password);
		}
		catch (UsernameTaken | DataIntegrityViolationException ex) {
			// Another node starting at the same moment opened it first.
			return;
		}
		System.out.printf(
				"%n  Tutela: first start. Sign in as '%s' with the initial admin password: %s%n"
						+ "  You will be asked to replace it and to enrol an authenticator app.%n%n",
				USERNAME, password);
	}

}
