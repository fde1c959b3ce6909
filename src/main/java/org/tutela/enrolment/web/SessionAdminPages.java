package org.tutela.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.AlreadyRegistered;
import org.tutela.enrolment.Cancelling;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.enrolment.Registrations;
import org.tutela.enrolment.WaitingList;
import org.tutela.enrolment.SessionAccess;
import org.tutela.people.Person;
import org.tutela.people.PersonNotFound;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * A session in the back office: its registrations, the waiting list and cancellations,
 * and the remarks for the staff the pack allows; coordinators add a person picked by
 * name, give a waiting person a place and call the session off.
 */
@Controller
class SessionAdminPages {

	private final Sessions sessions;

	private final Registrations registrations;

	private final Registering registering;

	private final Cancelling cancelling;

	private final Persons persons;

	private final WaitingList waitingList;

	private final Clock clock;

	SessionAdminPages(Sessions sessions, Registrations registrations, Registering registering, Cancelling cancelling,
			Persons persons, WaitingList waitingList, Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.registering = registering;
		this.cancelling = cancelling;
		this.persons = persons;
		this.waitingList = waitingList;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@GetMapping("/admin/sessions/{id}")
	String session(@PathVariable UUID id, Model model) {
		return page(id, model, Map.of(), "");
	}

	/**
	 * Staff add a person picked by name; a rule the registration breaks is named beside
	 * the picker, with what was typed into it.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/admin/sessions/{id}/participants")
	String add(@PathVariable UUID id, @RequestParam(required = false) @Nullable String person,
			@RequestParam(name = "person-search", defaultValue = "") String typed, Model model,
			RedirectAttributes redirect) {
		try {
			Registration added = this.registering.registerKnownByStaff(id, PersonId.of(picked(person)));
			redirect.addFlashAttribute("added", this.persons.get(added.participant()).fullName());
			redirect.addFlashAttribute("addedWaiting", added.status() == RegistrationStatus.WAITING);
			return "redirect:/admin/sessions/" + id;
		}
		catch (InvalidInput invalid) {
			return page(id, model, invalid.byField(), typed);
		}
		catch (AlreadyRegistered already) {
			return page(id, model, Map.of("person", "registration.person-already"), typed);
		}
		catch (PersonNotFound gone) {
			return page(id, model, Map.of("person", "registration.person-picked"), typed);
		}
	}

	private static UUID picked(@Nullable String person) {
		try {
			return UUID.fromString(String.valueOf(person));
		}
		catch (IllegalArgumentException notPicked) {
			throw new InvalidInput(List.of(new FieldError("person", "registration.person-picked")));
		}
	}

	private String page(UUID id, Model model, Map<String, String> errors, String typed) {
		Session session = this.sessions.get(id);
		SessionAccess.checkMayOpen(session);
		List<Row> rows = new ArrayList<>();
		for (Registration registration : this.registrations.ofSession(id)) {
			rows.add(new Row(registration, this.persons.get(registration.participant()),
					registration.status() == RegistrationStatus.WAITING
							? this.registrations.waitingPosition(registration) : 0));
		}
		Map<UUID, String> remarks = this.registrations.remarks(id);
		model.addAttribute("planned", session);
		model.addAttribute("rows", rows);
		model.addAttribute("remarks", remarks);
		model.addAttribute("placesLeft", this.registrations.placesLeft(session));
		model.addAttribute("toCome", !session.cancelled() && !session.over(LocalDate.now(this.clock)));
		model.addAttribute("takesRegistrations", this.registering.open(session));
		model.addAttribute("open",
				rows.stream().filter(row -> row.registration().status() != RegistrationStatus.CANCELLED).count());
		model.addAttribute("confirmed",
				rows.stream().filter(row -> row.registration().status() == RegistrationStatus.CONFIRMED).count());
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		return "enrolment/admin-session";
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/admin/registrations/{id}/move-in")
	String moveIn(@PathVariable UUID id, RedirectAttributes redirect) {
		Registration movedIn = this.waitingList.moveIn(id);
		redirect.addFlashAttribute("movedIn", this.persons.get(movedIn.participant()).fullName());
		return "redirect:/admin/sessions/" + movedIn.session();
	}

	@PreAuthorize("hasAuthority('enrolment.manage') and hasAuthority('catalog.manage')")
	@PostMapping("/admin/sessions/{id}/cancel")
	String cancelSession(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("calledOff", this.cancelling.cancelSession(id));
		return "redirect:/admin/sessions/" + id;
	}

	/** A registration with its participant and, on the waiting list, its place. */
	record Row(Registration registration, Person participant, int position) {
	}

}
