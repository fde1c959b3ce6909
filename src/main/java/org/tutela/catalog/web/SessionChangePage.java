package org.tutela.catalog.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.catalog.Rooms;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.identity.StaffAccounts;
import org.tutela.platform.problem.InvalidInput;

/**
 * Changing a session still to come: its days and hours, room, capacity, minimum, language
 * and trainers. The form shows what the session holds; when a rule is broken it keeps
 * what was typed and names the rule beside the field.
 */
@Controller
class SessionChangePage {

	private final Sessions sessions;

	private final Rooms rooms;

	private final StaffAccounts accounts;

	SessionChangePage(Sessions sessions, Rooms rooms, StaffAccounts accounts) {
		this.sessions = sessions;
		this.rooms = rooms;
		this.accounts = accounts;
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@GetMapping("/admin/sessions/{id}/edit")
	String form(@PathVariable UUID id, Model model) {
		Session session = this.sessions.get(id);
		return page(model, session, SessionForm.of(session), Map.of());
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/admin/sessions/{id}/edit")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, Model model,
			RedirectAttributes redirect) {
		Session session = this.sessions.get(id);
		SessionForm form = SessionForm.of(sent);
		try {
			this.sessions.change(id, form.read());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/sessions/" + id;
		}
		catch (InvalidInput invalid) {
			return page(model, session, form, invalid.byField());
		}
	}

	private String page(Model model, Session session, SessionForm form, Map<String, String> errors) {
		model.addAttribute("planned", session);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rooms", this.rooms.rooms());
		model.addAttribute("trainers", this.accounts.trainers());
		model.addAttribute("languages", CatalogPages.LANGUAGES);
		return "catalog/session-edit";
	}

}
