package org.tutela.requests.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.register.Register;
import org.tutela.requests.DataRequest;
import org.tutela.requests.NewRequest;
import org.tutela.requests.RequestIntake;
import org.tutela.requests.RequestNotOpen;
import org.tutela.requests.Right;
import org.tutela.requests.deadline.Deadlines;

/**
 * The public page to exercise a right: the form, what happens next and by when, the data
 * protection officer and the complaint route (MEZ-15); then the link that proves the
 * address.
 */
@Controller
class RequestPages {

	private final RequestIntake intake;

	private final Register register;

	private final Deadlines deadlines;

	RequestPages(RequestIntake intake, Register register, Deadlines deadlines) {
		this.intake = intake;
		this.register = register;
		this.deadlines = deadlines;
	}

	@GetMapping("/requests")
	String form(Model model) {
		return page(model, null);
	}

	@PostMapping("/requests")
	String submit(@RequestParam(required = false) @Nullable Right right,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String details, Locale locale, HttpServletResponse response,
			Model model) {
		try {
			this.intake.submit(new NewRequest(right, null, name, email, details), locale);
			return "requests/sent";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", invalid.errors());
			model.addAttribute("right", right);
			model.addAttribute("name", name);
			model.addAttribute("email", email);
			model.addAttribute("details", details);
			return page(model, invalid);
		}
	}

	@GetMapping("/requests/confirm/{token}")
	String confirmation(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "requests/confirm";
	}

	/**
	 * Confirmed by a button, not by opening the link, so a mail scanner opening links
	 * confirms nothing.
	 */
	@PostMapping("/requests/confirm/{token}")
	String confirm(@PathVariable String token, Model model) {
		try {
			DataRequest request = this.intake.confirm(token);
			model.addAttribute("request", request);
		}
		catch (RequestNotOpen invalid) {
			model.addAttribute("invalid", true);
		}
		return "requests/confirm";
	}

	private String page(Model model, @Nullable InvalidInput invalid) {
		model.addAttribute("rights", Right.values());
		model.addAttribute("pack", this.register.pack());
		model.addAttribute("period", this.deadlines.period());
		if (invalid == null) {
			model.addAttribute("errors", List.of());
		}
		return "requests/form";
	}

}
