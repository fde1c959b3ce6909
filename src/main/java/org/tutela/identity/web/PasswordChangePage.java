package org.tutela.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.identity.StaffAccounts;
import org.tutela.identity.WeakPassword;
import org.tutela.identity.WrongPassword;
import org.tutela.identity.account.PasswordPolicy;
import org.tutela.identity.login.LoginEventKind;
import org.tutela.identity.login.LoginHistory;
import org.tutela.identity.login.OtherSessions;
import org.tutela.identity.login.SessionUpgrade;
import org.tutela.identity.login.SignedIn;

/** Changing one's password: forced at the first login, open any time after. */
@Controller
class PasswordChangePage {

	private static final String VIEW = "identity/password";

	private final StaffAccounts accounts;

	private final SessionUpgrade upgrade;

	private final LoginHistory history;

	private final OtherSessions otherSessions;

	PasswordChangePage(StaffAccounts accounts, SessionUpgrade upgrade, LoginHistory history,
			OtherSessions otherSessions) {
		this.accounts = accounts;
		this.upgrade = upgrade;
		this.history = history;
		this.otherSessions = otherSessions;
	}

	@GetMapping({ "/login/password", "/me/password" })
	String form(Model model, HttpServletRequest request) {
		describe(model, request);
		return VIEW;
	}

	@PostMapping({ "/login/password", "/me/password" })
	String change(@AuthenticationPrincipal SignedIn signedIn, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String confirmation, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		describe(model, request);
		if (!newPassword.equals(confirmation)) {
			model.addAttribute("error", "password.mismatch");
			return VIEW;
		}
		try {
			this.accounts.changePassword(signedIn.account(), currentPassword, newPassword);
		}
		catch (WeakPassword ex) {
			model.addAttribute("error", ex.reason());
			return VIEW;
		}
		catch (WrongPassword ex) {
			model.addAttribute("error", "password.wrongCurrent");
			return VIEW;
		}
		this.history.record(signedIn.account(), LoginEventKind.PASSWORD_CHANGED);
		this.otherSessions.end(signedIn.username(), request.getSession().getId());
		return "redirect:" + this.upgrade.advance(signedIn.account(), request, response);
	}

	private static void describe(Model model, HttpServletRequest request) {
		model.addAttribute("minimumLength", PasswordPolicy.MINIMUM_LENGTH);
		model.addAttribute("action", request.getServletPath());
	}

}
