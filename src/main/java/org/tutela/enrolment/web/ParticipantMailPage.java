package org.tutela.enrolment.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.ParticipantMail;
import org.tutela.platform.problem.InvalidInput;

/**
 * Writing to a session's participants: the form takes a subject and a message; before
 * anything is sent, the page says how many participants will be e-mailed, and only a
 * second step sends. A broken rule is named beside its field, what was typed kept.
 */
@Controller
class ParticipantMailPage {

	private final Sessions sessions;

	private final ParticipantMail mail;

	ParticipantMailPage(Sessions sessions, ParticipantMail mail) {
		this.sessions = sessions;
		this.mail = mail;
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@GetMapping("/admin/sessions/{id}/mail")
	String form(@PathVariable UUID id, Model model) {
		return page(id, model, "", "", false, Map.of());
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/admin/sessions/{id}/mail")
	String send(@PathVariable UUID id, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "") String step, Model model,
			RedirectAttributes redirect) {
		try {
			ParticipantMail.check(subject, message);
			if (!"send".equals(step)) {
				return page(id, model, subject, message, !"change".equals(step), Map.of());
			}
			redirect.addFlashAttribute("mailed", this.mail.send(id, subject, message));
			return "redirect:/admin/sessions/" + id;
		}
		catch (InvalidInput invalid) {
			return page(id, model, subject, message, false, invalid.byField());
		}
	}

	private String page(UUID id, Model model, String subject, String message, boolean confirming,
			Map<String, String> errors) {
		model.addAttribute("planned", this.sessions.get(id));
		model.addAttribute("reached", this.mail.reached(id));
		model.addAttribute("subject", subject);
		model.addAttribute("message", message);
		model.addAttribute("confirming", confirming);
		model.addAttribute("errors", errors);
		return "enrolment/admin-mail";
	}

}
