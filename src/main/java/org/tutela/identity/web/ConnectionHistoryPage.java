package org.tutela.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.identity.login.LoginHistory;
import org.tutela.identity.login.SignedIn;

/**
 * Each user's own connection history, for spotting a sign-in that was not theirs (CES-7).
 */
@Controller
class ConnectionHistoryPage {

	private static final int SHOWN = 50;

	private final LoginHistory history;

	ConnectionHistoryPage(LoginHistory history) {
		this.history = history;
	}

	@GetMapping("/me/connections")
	String connections(@AuthenticationPrincipal SignedIn signedIn, Model model) {
		model.addAttribute("connections", this.history.of(signedIn.account(), SHOWN));
		return "identity/connections";
	}

}
