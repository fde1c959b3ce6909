package org.tutela.enrolment.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.Evaluations;
import org.tutela.platform.problem.InvalidInput;

/**
 * Evaluating a session through one's own link, and the aggregated results for its staff
 * (MEN-8).
 */
@Controller
class EvaluationPages {

	private final Evaluations evaluations;

	private final Sessions sessions;

	EvaluationPages(Evaluations evaluations, Sessions sessions) {
		this.evaluations = evaluations;
		this.sessions = sessions;
	}

	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@GetMapping("/admin/sessions/{id}/evaluations")
	String results(@PathVariable UUID id, Model model) {
		model.addAttribute("results", this.evaluations.results(id));
		model.addAttribute("planned", this.sessions.get(id));
		return "enrolment/evaluations";
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/admin/sessions/{id}/evaluations")
	String invite(@PathVariable UUID id) {
		return "redirect:/admin/sessions/" + id + "/evaluations?invited=" + this.evaluations.invite(id);
	}

	@GetMapping("/evaluate/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<Session> session = this.evaluations.open(token);
		if (session.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("planned", session.orElse(null));
		model.addAttribute("token", token);
		return "enrolment/evaluate";
	}

	@PostMapping("/evaluate/{token}")
	String answer(@PathVariable String token, @RequestParam(defaultValue = "0") int trainer,
			@RequestParam(defaultValue = "0") int content, @RequestParam(defaultValue = "0") int organisation,
			@RequestParam(required = false) @Nullable String comment, Model model, HttpServletResponse response) {
		try {
			boolean stored = this.evaluations.answer(token, trainer, content, organisation, comment);
			if (!stored) {
				response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			}
			model.addAttribute("thanks", stored);
			model.addAttribute("token", token);
			return "enrolment/evaluate";
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", invalid.errors());
			return form(token, model, response);
		}
	}

}
