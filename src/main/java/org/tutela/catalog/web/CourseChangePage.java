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
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.CourseCodeTaken;
import org.tutela.catalog.CourseId;
import org.tutela.platform.problem.InvalidInput;

/**
 * Changing a course: its code, teaching language, texts per language, length, price and
 * certificate. When a rule is broken the form keeps what was typed and names the rule
 * beside the field.
 */
@Controller
class CourseChangePage {

	private final CourseCatalog courses;

	CourseChangePage(CourseCatalog courses) {
		this.courses = courses;
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@GetMapping("/admin/catalog/courses/{id}/edit")
	String form(@PathVariable UUID id, Model model) {
		Course course = this.courses.get(new CourseId(id));
		return page(model, course, CourseForm.of(course), Map.of());
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping("/admin/catalog/courses/{id}/edit")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, Model model,
			RedirectAttributes redirect) {
		Course course = this.courses.get(new CourseId(id));
		CourseForm form = CourseForm.of(sent);
		try {
			Course changed = this.courses.change(course.id(), form.read());
			redirect.addFlashAttribute("saved", changed.code());
			return "redirect:/admin/catalog";
		}
		catch (InvalidInput invalid) {
			return page(model, course, form, form.beside(invalid));
		}
		catch (CourseCodeTaken taken) {
			return page(model, course, form, Map.of("code", "course.code-taken"));
		}
	}

	private String page(Model model, Course course, CourseForm form, Map<String, String> errors) {
		model.addAttribute("course", course);
		model.addAttribute("courseForm", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", CatalogPages.LANGUAGES);
		return "catalog/course-edit";
	}

}
