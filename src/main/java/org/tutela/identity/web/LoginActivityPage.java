package org.tutela.identity.web;

import java.time.Clock;
import java.time.Year;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.identity.login.LoginActivity;

/** The monthly sign-in report for the administrator and the DPO (VCK-10). */
@Controller
class LoginActivityPage {

	private final LoginActivity activity;

	private final Clock clock;

	LoginActivityPage(LoginActivity activity, Clock clock) {
		this.activity = activity;
		this.clock = clock;
	}

	@GetMapping("/admin/logins")
	String report(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? Year.now(this.clock).getValue() : year;
		model.addAttribute("year", shown);
		model.addAttribute("rows", this.activity.of(shown));
		return "identity/logins";
	}

}
