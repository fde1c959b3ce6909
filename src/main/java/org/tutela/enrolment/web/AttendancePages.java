package org.tutela.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.AttendanceMark;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.Registrations;
import org.tutela.enrolment.SessionAccess;
import org.tutela.identity.AccountId;
import org.tutela.identity.StaffAccounts;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.pdf.PdfDocuments;

/**
 * The trainer's attendance page, made for a tablet: one session day, each participant
 * with a present switch and a box to sign in with a finger; and the signed attendance
 * list as PDF.
 */
@Controller
class AttendancePages {

	private final Sessions sessions;

	private final Registrations registrations;

	private final AttendanceBook attendance;

	private final Persons persons;

	private final StaffAccounts accounts;

	private final PdfDocuments pdfs;

	private final Clock clock;

	AttendancePages(Sessions sessions, Registrations registrations, AttendanceBook attendance, Persons persons,
			StaffAccounts accounts, PdfDocuments pdfs, Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.attendance = attendance;
		this.persons = persons;
		this.accounts = accounts;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@GetMapping("/admin/sessions/{id}/attendance")
	String sheet(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			Model model) {
		Session session = this.sessions.get(id);
		SessionAccess.checkMayOpen(session);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate shown = day != null && session.days().contains(day) ? day
				: session.days().contains(today) ? today : session.firstDay();
		model.addAttribute("planned", session);
		model.addAttribute("day", shown);
		model.addAttribute("lines", days(session, List.of(shown)).get(0).lines());
		return "enrolment/attendance";
	}

	// The parameters are optional so that the permission is checked before anything is
	// read.
	@PreAuthorize("hasAuthority('attendance.record')")
	@PostMapping("/admin/sessions/{id}/attendance")
	String record(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID registration,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@RequestParam(defaultValue = "false") boolean present,
			@RequestParam(required = false) @Nullable String signature, HttpServletResponse response, Model model) {
		try {
			if (registration == null || day == null) {
				throw new InvalidInput(List.of(new InvalidInput.FieldError("registration", "required")));
			}
			this.attendance.record(id, new AttendanceMark(registration, day, present, signature));
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", invalid.errors());
			return sheet(id, day, model);
		}
		return "redirect:/admin/sessions/" + id + "/attendance?day=" + day + "&saved";
	}

	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@GetMapping("/admin/sessions/{id}/attendance.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Locale locale) {
		Session session = this.sessions.get(id);
		SessionAccess.checkMayOpen(session);
		List<DayLines> days = days(session, session.days());
		List<String> trainers = session.trainers()
			.stream()
			.map(trainer -> this.accounts.displayName(new AccountId(trainer)))
			.toList();
		byte[] pdf = this.pdfs.render("enrolment/attendance-pdf",
				Map.of("planned", session, "days", days, "trainers", trainers), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("attendance-" + session.course().code() + "-" + session.firstDay() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	/**
	 * The sheet of each of the days: the marks and the participants are read once,
	 * whatever the number of days.
	 */
	private List<DayLines> days(Session session, List<LocalDate> days) {
		List<AttendanceMark> marks = this.attendance.sheet(session.id());
		Map<Registration, Person> participants = new LinkedHashMap<>();
		this.registrations.confirmed(session.id())
			.forEach(registration -> participants.put(registration, this.persons.get(registration.participant())));
		List<DayLines> sheets = new ArrayList<>();
		for (LocalDate day : days) {
			List<Line> lines = new ArrayList<>();
			participants
				.forEach((registration,
						participant) -> lines.add(new Line(registration, participant, marks.stream()
							.filter(mark -> mark.registration().equals(registration.id()) && mark.day().equals(day))
							.findFirst()
							.orElse(null))));
			sheets.add(new DayLines(day, lines));
		}
		return sheets;
	}

	/** A participant on the day's sheet, with what was recorded so far. */
	record Line(Registration registration, Person participant, @Nullable AttendanceMark mark) {
	}

	record DayLines(LocalDate day, List<Line> lines) {
	}

}
