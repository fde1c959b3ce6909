package org.tutela.identity.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.identity.AccountId;
import org.tutela.identity.login.LoginEventKind;
import org.tutela.identity.login.LoginHistory;
import org.tutela.identity.login.LoginLinks;
import org.tutela.identity.login.SessionUpgrade;

/**
 * The portal's sign-in by e-mailed link. Opening the link shows a button rather than
 * signing in at once, so a mail scanner that follows links does not use it up.
 */
@Controller
class LoginLinkPages {

	private final LoginLinks links;

	private final SessionUpgrade upgrade;

	private final LoginHistory history;

	LoginLinkPages(LoginLinks links, SessionUpgrade upgrade, LoginHistory history) {
		this.links = links;
		this.upgrade = upgrade;
		this.history = history;
	}

	@GetMapping("/login/link")
	String form() {
		return "identity/link-request";
	}

	@PostMapping("/login/link")
	String send(@RequestParam String email) {
		this.links.send(email, LocaleContextHolder.getLocale());
		return "identity/link-sent";
	}

	@GetMapping("/login/link/{token}")
	String confirm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "identity/link-confirm";
	}

	@PostMapping("/login/link/{token}")
	String use(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		Optional<AccountId> account = this.links.use(token);
		if (account.isEmpty()) {
			return "identity/link-invalid";
		}
		this.history.record(account.get(), LoginEventKind.LOGIN);
		return "redirect:" + this.upgrade.advance(account.get(), request, response);
	}

}
