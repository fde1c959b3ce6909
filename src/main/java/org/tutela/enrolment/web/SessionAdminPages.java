package org.tutela.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.tutela.enrolment.Cancelling;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.enrolment.Registrations;
import org.tutela.enrolment.WaitingList;
import org.tutela.enrolment.SessionAccess;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.people.Person;
import org.tutela.people.Persons;

/**
 * Sessions in the back office: coordinators see every session, trainers the ones they
 * teach; a session's page lists its registrations, the waiting list and cancellations,
 * and the remarks for the staff the pack allows.
 */
@Controller
class SessionAdminPages {

	private final Sessions sessions;

	private final Registrations registrations;

	private final Cancelling cancelling;

	private final Persons persons;

	private final WaitingList waitingList;

	private final Clock clock;

	SessionAdminPages(Sessions sessions, Registrations registrations, Cancelling cancelling, Persons persons,
			WaitingList waitingList, Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.cancelling = cancelling;
		this.persons = persons;
		this.waitingList = waitingList;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@GetMapping("/admin/sessions")
	String sessions(@RequestParam(defaultValue = "coming") String period, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Period shown = Period.named(period);
		List<Session> visible = Caller.holds(Permission.MANAGE_ENROLMENT) ? this.sessions.all()
				: Caller.account().map(this.sessions::taughtBy).orElse(List.of());
		List<Session> inPeriod = visible.stream()
			.filter(session -> shown.holds(session, today))
			.sorted(shown == Period.HELD ? Comparator.comparing(Session::firstDay).reversed()
					: Comparator.comparing(Session::firstDay))
			.toList();
		model.addAttribute("sessions", inPeriod);
		model.addAttribute("period", shown.name().toLowerCase(Locale.ROOT));
		model.addAttribute("periods", List.of("coming", "held", "cancelled"));
		model.addAttribute("taken",
				inPeriod.stream()
					.collect(Collectors.toMap(Session::id,
							session -> session.capacity() - this.registrations.placesLeft(session))));
		return "enrolment/admin-sessions";
	}

	/** Which sessions the list shows: those to come, those held, those called off. */
	enum Period {

		COMING, HELD, CANCELLED;

		static Period named(String name) {
			return switch (name) {
				case "held" -> HELD;
				case "cancelled" -> CANCELLED;
				default -> COMING;
			};
		}

		boolean holds(Session session, LocalDate today) {
			return switch (this) {
				case COMING -> !session.cancelled() && !session.over(today);
				case HELD -> !session.cancelled() && session.over(today);
				case CANCELLED -> session.cancelled();
			};
		}

	}

	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@GetMapping("/admin/sessions/{id}")
	String session(@PathVariable UUID id, Model model) {
		Session session = this.sessions.get(id);
		SessionAccess.checkMayOpen(session);
		List<Row> rows = new ArrayList<>();
		for (Registration registration : this.registrations.ofSession(id)) {
			rows.add(new Row(registration, this.persons.get(registration.participant()),
					registration.status().name().equals("WAITING") ? this.registrations.waitingPosition(registration)
							: 0));
		}
		Map<UUID, String> remarks = this.registrations.remarks(id);
		model.addAttribute("planned", session);
		model.addAttribute("rows", rows);
		model.addAttribute("remarks", remarks);
		model.addAttribute("placesLeft", this.registrations.placesLeft(session));
		model.addAttribute("toCome", !session.cancelled() && !session.over(LocalDate.now(this.clock)));
		model.addAttribute("open",
				rows.stream().filter(row -> row.registration().status() != RegistrationStatus.CANCELLED).count());
		return "enrolment/admin-session";
	}

	// The id is read from the path only after the permission check.
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/admin/registrations/{id}/cancel")
	String cancel(@PathVariable UUID id) {
		Registration cancelled = this.cancelling.cancel(id);
		return "redirect:/admin/sessions/" + cancelled.session() + "?cancelled";
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
