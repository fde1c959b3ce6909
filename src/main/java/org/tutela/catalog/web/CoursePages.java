package org.tutela.catalog.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.catalog.CourseCatalog;

/** The catalogue on the public site. */
@Controller
class CoursePages {

	private final CourseCatalog catalog;

	CoursePages(CourseCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/courses")
	String courses(Model model) {
		model.addAttribute("courses", this.catalog.list());
		return "catalog/courses";
	}

}
