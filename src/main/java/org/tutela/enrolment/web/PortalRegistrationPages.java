package org.tutela.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.catalog.Session;
import org.tutela.catalog.SessionFilter;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.AlreadyRegistered;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.Cancelling;
import org.tutela.enrolment.ClientRegistrations;
import org.tutela.enrolment.Origin;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationFields;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.enrolment.Registrations;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.Register;

/**
 * The portal's registrations: a client contact registers several employees of their
 * organisation at once for a session (SKI-1) and cancels them; a participant sees and
 * cancels their own. The person is the one whose e-mail address the portal account
 * carries.
 */
@Controller
class PortalRegistrationPages {

	private static final int ROWS = 5;

	private final Registering registering;

	private final Registrations registrations;

	private final Cancelling cancelling;

	private final ClientRegistrations clients;

	private final Sessions sessions;

	private final RegistrationFields fields;

	private final Organisations organisations;

	private final MailAddresses addresses;

	private final AttendanceBook attendance;

	private final PdfDocuments pdfs;

	private final Register register;

	private final Clock clock;

	PortalRegistrationPages(Registering registering, Registrations registrations, Cancelling cancelling,
			ClientRegistrations clients, Sessions sessions, RegistrationFields fields, Organisations organisations,
			MailAddresses addresses, AttendanceBook attendance, PdfDocuments pdfs, Register register, Clock clock) {
		this.attendance = attendance;
		this.pdfs = pdfs;
		this.register = register;
		this.clock = clock;
		this.registering = registering;
		this.registrations = registrations;
		this.cancelling = cancelling;
		this.clients = clients;
		this.sessions = sessions;
		this.fields = fields;
		this.organisations = organisations;
		this.addresses = addresses;
	}

	@GetMapping("/me/registrations")
	String registrations(@RequestParam(required = false) @Nullable UUID session, Model model) {
		Optional<PersonId> person = person();
		List<Line> lines = new ArrayList<>();
		// A session and its completions are read once, however many of its registrations
		// are listed.
		Map<UUID, Session> held = new HashMap<>();
		Map<UUID, Set<UUID>> completed = new HashMap<>();
		person.ifPresent(me -> this.registrations.involving(me).forEach(registration -> {
			Session its = held.computeIfAbsent(registration.session(), this.sessions::get);
			lines.add(new Line(registration, its,
					this.addresses.of(registration.participant()).map(Addressee::fullName).orElse(""),
					result(me, registration, its, completed)));
		}));
		model.addAttribute("lines", lines);
		model.addAttribute("organisations", person.map(this.organisations::representedBy).orElse(List.of()));
		model.addAttribute("sessions", this.sessions.calendar(SessionFilter.ALL));
		model.addAttribute("rows", ROWS);
		if (session != null) {
			Session chosen = this.sessions.get(session);
			model.addAttribute("chosen", chosen);
			model.addAttribute("asked", this.fields.asked(chosen.course()));
		}
		return "enrolment/portal";
	}

	// The parameters are optional so that the permission is checked before anything is
	// read.
	@PreAuthorize("hasAuthority('portal')")
	@PostMapping("/me/registrations")
	String register(@RequestParam(required = false) @Nullable UUID session,
			@RequestParam(required = false) @Nullable UUID organisation,
			@RequestParam(required = false) @Nullable List<String> firstName,
			@RequestParam(required = false) @Nullable List<String> lastName,
			@RequestParam(required = false) @Nullable List<String> email,
			@RequestParam(required = false) @Nullable List<String> jobFunction,
			@RequestParam(required = false) @Nullable List<String> birthDate,
			@RequestParam(required = false) @Nullable List<String> nationalNumber, Locale locale,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		PersonId me = person().orElse(null);
		if (session == null || organisation == null || me == null) {
			return refused(session, new InvalidInput(List.of(new FieldError("session", "required"))), response, model);
		}
		List<RegistrationForm> employees = new ArrayList<>();
		for (int i = 0; i < size(firstName); i++) {
			String first = at(firstName, i);
			String last = at(lastName, i);
			String address = at(email, i);
			if (first == null && last == null && address == null) {
				continue;
			}
			String born = at(birthDate, i);
			LocalDate bornOn;
			try {
				bornOn = born == null ? null : LocalDate.parse(born);
			}
			catch (DateTimeParseException notADate) {
				return refused(session, new InvalidInput(List.of(new FieldError("birthDate", "date"))), response,
						model);
			}
			employees.add(new RegistrationForm(first, last, address, null, bornOn, at(jobFunction, i),
					at(nationalNumber, i), null, false, false, null));
		}
		try {
			this.registering.registerEmployees(session, organisation, me, employees, new Origin(request.getRemoteAddr(),
					request.getHeader(HttpHeaders.USER_AGENT), locale.getLanguage()));
		}
		catch (InvalidInput invalid) {
			return refused(session, invalid, response, model);
		}
		catch (AlreadyRegistered already) {
			return refused(session, new InvalidInput(List.of(new FieldError("email", "registration.already"))),
					response, model);
		}
		return "redirect:/me/registrations?registered=" + employees.size();
	}

	@PreAuthorize("hasAuthority('portal')")
	@PostMapping("/me/registrations/{id}/cancel")
	String cancel(@PathVariable UUID id) {
		this.cancelling.cancelFor(id, person().orElse(null));
		return "redirect:/me/registrations?cancelled";
	}

	private String refused(@Nullable UUID session, InvalidInput invalid, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errors", invalid.errors());
		return registrations(session, model);
	}

	/**
	 * The result the portal shows: to the participant their own; to the employer's
	 * contact who registered them only when the pack sends results to employers (SKI-4);
	 * none before the end.
	 */
	private @Nullable Boolean result(PersonId me, Registration registration, Session session,
			Map<UUID, Set<UUID>> completed) {
		boolean mine = me.equals(registration.participant());
		boolean employer = me.equals(registration.registrant()) && this.clients.resultsToEmployer();
		if (!(mine || employer) || registration.status() != RegistrationStatus.CONFIRMED
				|| !session.over(LocalDate.now(this.clock))) {
			return null;
		}
		if (!mine && !this.clients.resultShownToEmployer(registration, session)) {
			return null;
		}
		return completed
			.computeIfAbsent(session.id(),
					id -> this.attendance.completed(session).stream().map(Registration::id).collect(Collectors.toSet()))
			.contains(registration.id());
	}

	@PreAuthorize("hasAuthority('portal')")
	@GetMapping("/me/registrations/{id}.pdf")
	ResponseEntity<byte[]> record(@PathVariable UUID id, @RequestParam(defaultValue = "confirmation") String document,
			Locale locale) {
		Registration registration = this.registrations.involvingOne(id, person().orElse(null));
		String kind = "agreement".equals(document) ? "agreement" : "confirmation";
		byte[] pdf = this.pdfs.render("enrolment/record-pdf",
				Map.of("registration", registration, "planned", this.sessions.get(registration.session()),
						"participant",
						this.addresses.of(registration.participant()).map(Addressee::fullName).orElse(""), "kind", kind,
						"controller", this.register.pack().controllers().get(0), "registeredAt",
						registration.registeredAt().atZone(this.clock.getZone())),
				locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("registration-" + kind + "-" + id + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	private Optional<PersonId> person() {
		return this.addresses.signedIn();
	}

	private static int size(@Nullable List<String> values) {
		return values == null ? 0 : values.size();
	}

	private static @Nullable String at(@Nullable List<String> values, int index) {
		if (values == null || index >= values.size() || values.get(index) == null || values.get(index).isBlank()) {
			return null;
		}
		return values.get(index).strip();
	}

	/** A registration as the portal lists it. */
	record Line(Registration registration, Session session, String participant, @Nullable Boolean completed) {
	}

}
