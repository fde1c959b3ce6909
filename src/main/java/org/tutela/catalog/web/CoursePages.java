package org.tutela.catalog.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.SessionFilter;
import org.tutela.catalog.Sessions;

/** The catalogue and the calendar of coming sessions on the public site. */
@Controller
class CoursePages {

	private final CourseCatalog catalog;

	private final Sessions sessions;

	CoursePages(CourseCatalog catalog, Sessions sessions) {
		this.catalog = catalog;
		this.sessions = sessions;
	}

	@GetMapping("/courses")
	String courses(Model model) {
		model.addAttribute("courses", this.catalog.list());
		return "catalog/courses";
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) @Nullable String language,
			@RequestParam(defaultValue = "false") boolean certified, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			Model model) {
		SessionFilter filter = new SessionFilter(language, certified, q, from);
		model.addAttribute("filter", filter);
		model.addAttribute("sessions", this.sessions.calendar(filter));
		return "catalog/calendar";
	}

}
