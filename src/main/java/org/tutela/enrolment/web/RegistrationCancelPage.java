package org.tutela.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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
import org.tutela.enrolment.Cancelling;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationNotFound;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.enrolment.Registrations;
import org.tutela.people.Persons;

/**
 * Cancelling one registration from the back office: the page says what will happen (the
 * participant is told, the first one waiting gets the place, whether the course's terms
 * make the fee due) and staff cancel with the fee or free of charge. Only a place on a
 * session still to come is cancelled here.
 */
@Controller
class RegistrationCancelPage {

	private final Registrations registrations;

	private final Cancelling cancelling;

	private final Sessions sessions;

	private final Persons persons;

	private final Clock clock;

	RegistrationCancelPage(Registrations registrations, Cancelling cancelling, Sessions sessions, Persons persons,
			Clock clock) {
		this.registrations = registrations;
		this.cancelling = cancelling;
		this.sessions = sessions;
		this.persons = persons;
		this.clock = clock;
	}

	// Below its session's page, so that the back office's trail leads back to it.
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@GetMapping("/admin/sessions/{session}/registrations/{id}/cancel")
	String confirm(@PathVariable("session") UUID sessionId, @PathVariable UUID id, Model model) {
		Registration registration = this.registrations.one(id);
		if (!registration.session().equals(sessionId)) {
			throw new RegistrationNotFound(id);
		}
		Session session = this.sessions.get(sessionId);
		if (!cancellable(registration, session)) {
			return "redirect:/admin/sessions/" + session.id();
		}
		model.addAttribute("registration", registration);
		model.addAttribute("planned", session);
		model.addAttribute("participant", this.persons.get(registration.participant()).fullName());
		model.addAttribute("late", this.cancelling.late(registration));
		model.addAttribute("confirmed", registration.status() == RegistrationStatus.CONFIRMED);
		model.addAttribute("waiting",
				this.registrations.ofSession(session.id())
					.stream()
					.anyMatch(other -> other.status() == RegistrationStatus.WAITING));
		return "enrolment/admin-cancel";
	}

	// The id is read from the path only after the permission check. A place on the
	// waiting list never owes the fee.
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/admin/registrations/{id}/cancel")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String fee) {
		Registration registration = this.registrations.one(id);
		Session session = this.sessions.get(registration.session());
		if (!cancellable(registration, session)) {
			return "redirect:/admin/sessions/" + session.id();
		}
		if (!"due".equals(fee) && !"free".equals(fee)) {
			return "redirect:/admin/sessions/" + session.id() + "/registrations/" + id + "/cancel";
		}
		this.cancelling.cancel(id, "due".equals(fee) && registration.status() == RegistrationStatus.CONFIRMED);
		return "redirect:/admin/sessions/" + session.id() + "?cancelled";
	}

	private boolean cancellable(Registration registration, Session session) {
		return registration.status() != RegistrationStatus.CANCELLED && !session.cancelled()
				&& !session.over(LocalDate.now(this.clock));
	}

}
