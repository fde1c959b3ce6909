package org.tutela.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The entrances of the three faces: the public site, the participant portal and the back
 * office, plus the sign-in page they share.
 */
@Controller
class ShellController {

	@GetMapping("/")
	String publicSite() {
		return "site/home";
	}

	@GetMapping("/me")
	String portal() {
		return "portal/home";
	}

	@GetMapping("/admin")
	String backOffice() {
		return "admin/home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
