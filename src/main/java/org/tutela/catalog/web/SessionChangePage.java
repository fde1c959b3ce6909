package org.tutela.catalog.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Rooms;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.identity.StaffAccounts;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Changing a session still to come: its days and hours, room, capacity, language and
 * trainers. The form shows what the session holds; when a rule is broken it keeps what
 * was typed and names the rule beside the field.
 */
@Controller
class SessionChangePage {

	private static final List<String> LANGUAGES = List.of("nl", "fr", "en");

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
		List<FieldError> errors = new ArrayList<>();
		LocalDate firstDay = form.day("firstDay", form.firstDay(), true, errors);
		LocalDate lastDay = form.day("lastDay", form.lastDay(), false, errors);
		LocalTime startsAt = form.time("startsAt", form.startsAt(), errors);
		LocalTime endsAt = form.time("endsAt", form.endsAt(), errors);
		Integer capacity = form.capacity(errors);
		UUID room = form.id("room", form.room(), errors);
		List<UUID> trainers = new ArrayList<>();
		form.trainers().forEach(trainer -> trainers.add(form.id("trainers", trainer, errors)));
		try {
			if (!errors.isEmpty()) {
				throw new InvalidInput(errors);
			}
			this.sessions.change(id,
					new NewSession(session.course().id().value(), firstDay, lastDay, startsAt, endsAt, room,
							form.online(), capacity, LANGUAGES.contains(form.language()) ? form.language() : "nl",
							trainers));
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
		model.addAttribute("languages", LANGUAGES);
		return "catalog/session-edit";
	}

	/** The session's fields as the form shows them: as stored, or as typed. */
	record SessionForm(String firstDay, String lastDay, String startsAt, String endsAt, String room, boolean online,
			String capacity, String language, List<String> trainers) {

		static SessionForm of(Session session) {
			return new SessionForm(session.firstDay().toString(), session.lastDay().toString(),
					session.startsAt().toString(), session.endsAt().toString(),
					session.room() == null ? "" : session.room().id().toString(), session.online(),
					String.valueOf(session.capacity()), session.language(),
					session.trainers().stream().map(UUID::toString).toList());
		}

		static SessionForm of(MultiValueMap<String, String> sent) {
			return new SessionForm(first(sent, "firstDay"), first(sent, "lastDay"), first(sent, "startsAt"),
					first(sent, "endsAt"), first(sent, "room"), "true".equals(first(sent, "online")),
					first(sent, "capacity"), first(sent, "language"),
					sent.getOrDefault("trainers", List.of()).stream().filter(value -> !value.isBlank()).toList());
		}

		private static String first(MultiValueMap<String, String> sent, String name) {
			String value = sent.getFirst(name);
			return value == null ? "" : value.strip();
		}

		@Nullable LocalDate day(String field, String value, boolean required, List<FieldError> errors) {
			if (value.isEmpty()) {
				if (required) {
					errors.add(new FieldError(field, "required"));
				}
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException unreadable) {
				errors.add(new FieldError(field, "date"));
				return null;
			}
		}

		@Nullable LocalTime time(String field, String value, List<FieldError> errors) {
			if (value.isEmpty()) {
				errors.add(new FieldError(field, "required"));
				return null;
			}
			try {
				return LocalTime.parse(value);
			}
			catch (DateTimeParseException unreadable) {
				errors.add(new FieldError(field, "time"));
				return null;
			}
		}

		@Nullable Integer capacity(List<FieldError> errors) {
			try {
				int parsed = Integer.parseInt(this.capacity);
				if (parsed >= 1 && parsed <= 10_000) {
					return parsed;
				}
			}
			catch (NumberFormatException unreadable) {
				// named below
			}
			errors.add(new FieldError("capacity", "catalog.capacity"));
			return null;
		}

		@Nullable UUID id(String field, String value, List<FieldError> errors) {
			if (value.isEmpty()) {
				return null;
			}
			try {
				return UUID.fromString(value);
			}
			catch (IllegalArgumentException unreadable) {
				errors.add(new FieldError(field, "session." + field.replaceAll("s$", "")));
				return null;
			}
		}

	}

}
