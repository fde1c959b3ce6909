package org.tutela.enrolment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.Registrations;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.identity.StaffAccounts;

/**
 * The list of sessions in the back office: coordinators see every session, trainers the
 * ones they teach; those to come, held or called off, of one course or one trainer.
 */
@Controller
class SessionListPage {

	private final Sessions sessions;

	private final Registrations registrations;

	private final StaffAccounts accounts;

	private final Clock clock;

	SessionListPage(Sessions sessions, Registrations registrations, StaffAccounts accounts, Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.accounts = accounts;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@GetMapping("/admin/sessions")
	String sessions(@RequestParam(defaultValue = "coming") String period,
			@RequestParam(required = false) @Nullable String course,
			@RequestParam(required = false) @Nullable String trainer, Locale locale, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Period shown = Period.named(period);
		List<Session> visible = Caller.holds(Permission.MANAGE_ENROLMENT) ? this.sessions.all()
				: Caller.account().map(this.sessions::taughtBy).orElse(List.of());
		Map<String, String> courses = new LinkedHashMap<>();
		visible.stream()
			.map(Session::course)
			.sorted(Comparator.comparing(Course::code))
			.forEach(offered -> courses.put(offered.id().value().toString(),
					offered.code() + " · " + offered.title(locale)));
		Map<String, String> trainers = new LinkedHashMap<>();
		visible.stream()
			.flatMap(session -> session.trainers().stream())
			.distinct()
			.map(id -> Map.entry(id.toString(), this.accounts.displayName(new AccountId(id))))
			.sorted(Map.Entry.comparingByValue())
			.forEach(named -> trainers.put(named.getKey(), named.getValue()));
		String chosenCourse = courses.containsKey(course) ? course : "";
		String chosenTrainer = trainers.containsKey(trainer) ? trainer : "";
		List<Session> inPeriod = visible.stream()
			.filter(session -> shown.holds(session, today))
			.filter(session -> chosenCourse.isEmpty() || session.course().id().value().toString().equals(chosenCourse))
			.filter(session -> chosenTrainer.isEmpty()
					|| session.trainers().stream().anyMatch(id -> id.toString().equals(chosenTrainer)))
			.sorted(shown == Period.HELD ? Comparator.comparing(Session::firstDay).reversed()
					: Comparator.comparing(Session::firstDay))
			.toList();
		model.addAttribute("sessions", inPeriod);
		model.addAttribute("period", shown.name().toLowerCase(Locale.ROOT));
		model.addAttribute("periods", List.of("coming", "held", "cancelled"));
		model.addAttribute("courses", courses);
		model.addAttribute("trainers", trainers);
		model.addAttribute("course", chosenCourse);
		model.addAttribute("trainer", chosenTrainer);
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

}
