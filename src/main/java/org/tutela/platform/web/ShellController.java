package org.tutela.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.platform.dashboard.DashboardPanel;

/**
 * The entrances of the three faces: the public site, the participant portal and the back
 * office, plus the sign-in page they share.
 */
@Controller
class ShellController {

	private final List<DashboardPanel> panels;

	ShellController(List<DashboardPanel> panels) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
	}

	@GetMapping("/")
	String publicSite() {
		return "site/home";
	}

	@GetMapping("/me")
	String portal() {
		return "portal/home";
	}

	/** The dashboard: what each module has for the signed-in account today. */
	@GetMapping("/admin")
	String backOffice(Locale locale, Model model) {
		model.addAttribute("panels", this.panels.stream().flatMap(panel -> panel.panel(locale).stream()).toList());
		return "admin/home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
