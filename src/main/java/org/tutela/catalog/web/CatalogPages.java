package org.tutela.catalog.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.CourseCodeTaken;
import org.tutela.catalog.Room;
import org.tutela.catalog.Rooms;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.identity.StaffAccounts;
import org.tutela.platform.problem.InvalidInput;

/**
 * The catalogue in the back office: its courses and rooms, each with a link to change it,
 * and forms to plan a session, add a course with its texts per language and add a room. A
 * form keeps what was typed when a rule is broken, and names the rule beside its field.
 */
@Controller
class CatalogPages {

	static final List<String> LANGUAGES = List.of("nl", "fr", "en");

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
		addIfAbsent(model, "sessionForm", SessionForm.planned());
		addIfAbsent(model, "courseForm", CourseForm.empty());
		addIfAbsent(model, "roomForm", RoomForm.empty());
		addIfAbsent(model, "sessionErrors", Map.of());
		addIfAbsent(model, "courseErrors", Map.of());
		addIfAbsent(model, "roomErrors", Map.of());
		return "catalog/admin";
	}

	private static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/admin/catalog/courses")
	String addCourse(@RequestParam MultiValueMap<String, String> sent, Model model, RedirectAttributes redirect) {
		CourseForm form = CourseForm.of(sent);
		try {
			Course added = this.courses.add(form.read());
			redirect.addFlashAttribute("saved", added.code());
			return "redirect:/admin/catalog";
		}
		catch (InvalidInput invalid) {
			return refused(model, "course", form, form.beside(invalid));
		}
		catch (CourseCodeTaken taken) {
			return refused(model, "course", form, Map.of("code", "course.code-taken"));
		}
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/admin/catalog/rooms")
	String addRoom(@RequestParam MultiValueMap<String, String> sent, Model model, RedirectAttributes redirect) {
		RoomForm form = RoomForm.of(sent);
		try {
			Room added = this.rooms.addRoom(form.read());
			redirect.addFlashAttribute("saved", added.name());
			return "redirect:/admin/catalog";
		}
		catch (InvalidInput invalid) {
			return refused(model, "room", form, invalid.byField());
		}
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/admin/catalog/sessions")
	String planSession(@RequestParam MultiValueMap<String, String> sent, Model model, RedirectAttributes redirect) {
		SessionForm form = SessionForm.of(sent);
		try {
			Session planned = this.sessions.plan(form.read());
			redirect.addFlashAttribute("saved", planned.course().code());
			return "redirect:/admin/catalog";
		}
		catch (InvalidInput invalid) {
			return refused(model, "session", form, invalid.byField());
		}
	}

	/** The catalogue again, with the refused form as typed and its broken rules. */
	private String refused(Model model, String kind, Object form, Map<String, String> errors) {
		model.addAttribute(kind + "Form", form);
		model.addAttribute(kind + "Errors", errors);
		return catalog(model);
	}

}
