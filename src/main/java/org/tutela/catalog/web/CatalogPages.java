package org.tutela.catalog.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.CourseCodeTaken;
import org.tutela.catalog.CourseText;
import org.tutela.catalog.NewCourse;
import org.tutela.catalog.NewRoom;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Rooms;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.identity.StaffAccounts;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The catalogue in the back office: a course with its texts per language, a room, and a
 * session planned with its days, place, capacity and trainers. Each form keeps what was
 * typed when a rule is broken, and names every broken rule.
 */
@Controller
class CatalogPages {

	private static final List<String> LANGUAGES = List.of("nl", "fr", "en");

	private final CourseCatalog courses;

	private final Sessions sessions;

	private final Rooms rooms;

	private final StaffAccounts accounts;

	CatalogPages(CourseCatalog courses, Sessions sessions, Rooms rooms, StaffAccounts accounts) {
		this.courses = courses;
		this.sessions = sessions;
		this.rooms = rooms;
		this.accounts = accounts;
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@GetMapping("/admin/catalog")
	String catalog(Model model) {
		model.addAttribute("courses", this.courses.list());
		model.addAttribute("rooms", this.rooms.rooms());
		model.addAttribute("trainers", this.accounts.trainers());
		model.addAttribute("languages", LANGUAGES);
		return "catalog/admin";
	}

	// The parameters are optional so that the permission is checked before anything is
	// read.
	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/admin/catalog/courses")
	String addCourse(@RequestParam Map<String, String> form, @RequestParam(defaultValue = "false") boolean certified,
			Model model, RedirectAttributes redirect) {
		Map<String, CourseText> texts = new HashMap<>();
		for (String language : LANGUAGES) {
			String title = form.getOrDefault("title-" + language, "").strip();
			if (!title.isEmpty()) {
				texts.put(language, new CourseText(title, form.getOrDefault("description-" + language, "").strip()));
			}
		}
		try {
			String language = form.getOrDefault("language", "nl");
			CourseText main = texts.get(language);
			List<FieldError> errors = new ArrayList<>();
			Integer duration = number(form, "durationHours", errors);
			Integer validity = number(form, "validityMonths", errors);
			Integer attendance = number(form, "attendancePercent", errors);
			Integer cancellation = number(form, "freeCancellationDays", errors);
			Integer euros = number(form, "price", errors);
			if (main == null) {
				errors.add(new FieldError("title-" + language, "required"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInput(errors);
			}
			Course added = this.courses.add(new NewCourse(form.getOrDefault("code", "").strip(), main.title(), language,
					certified, duration, euros == null ? null : euros * 100L, blank(form.get("certifyingAuthority")),
					blank(form.get("accreditation")), validity, attendance, cancellation, texts));
			redirect.addFlashAttribute("saved", added.code());
			return "redirect:/admin/catalog";
		}
		catch (InvalidInput invalid) {
			return refused(model, "courseErrors", invalid.errors(), form);
		}
		catch (CourseCodeTaken taken) {
			return refused(model, "courseErrors", List.of(new FieldError("code", "course.code-taken")), form);
		}
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/admin/catalog/rooms")
	String addRoom(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String address,
			@RequestParam(required = false) @Nullable Integer capacity, Model model, RedirectAttributes redirect) {
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank()) {
			errors.add(new FieldError("name", "required"));
		}
		if (address == null || address.isBlank()) {
			errors.add(new FieldError("address", "required"));
		}
		if (capacity == null || capacity < 1) {
			errors.add(new FieldError("capacity", "catalog.capacity"));
		}
		if (!errors.isEmpty()) {
			return refused(model, "roomErrors", errors, Map.of());
		}
		this.rooms.addRoom(new NewRoom(name.strip(), address.strip(), capacity));
		redirect.addFlashAttribute("saved", name.strip());
		return "redirect:/admin/catalog";
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/admin/catalog/sessions")
	String planSession(@RequestParam(required = false) @Nullable UUID course,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDay,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime endsAt,
			@RequestParam(required = false) @Nullable UUID room, @RequestParam(defaultValue = "false") boolean online,
			@RequestParam(required = false) @Nullable Integer capacity,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable List<UUID> trainers, Model model, RedirectAttributes redirect) {
		List<FieldError> errors = new ArrayList<>();
		required(course, "course", errors);
		required(firstDay, "firstDay", errors);
		required(startsAt, "startsAt", errors);
		required(endsAt, "endsAt", errors);
		if (capacity == null || capacity < 1) {
			errors.add(new FieldError("capacity", "catalog.capacity"));
		}
		try {
			if (!errors.isEmpty()) {
				throw new InvalidInput(errors);
			}
			Session planned = this.sessions.plan(new NewSession(course, firstDay, lastDay, startsAt, endsAt, room,
					online, capacity, language == null ? "nl" : language, trainers));
			redirect.addFlashAttribute("saved", planned.course().code() + " " + planned.firstDay());
			return "redirect:/admin/catalog";
		}
		catch (InvalidInput invalid) {
			return refused(model, "sessionErrors", invalid.errors(), Map.of());
		}
	}

	private String refused(Model model, String name, List<FieldError> errors, Map<String, String> form) {
		model.addAttribute(name, errors);
		model.addAttribute("form", form);
		return catalog(model);
	}

	private static void required(@Nullable Object value, String field, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(field, "required"));
		}
	}

	private static @Nullable Integer number(Map<String, String> form, String field, List<FieldError> errors) {
		String value = form.getOrDefault(field, "").strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException notANumber) {
			errors.add(new FieldError(field, "catalog.number"));
			return null;
		}
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
