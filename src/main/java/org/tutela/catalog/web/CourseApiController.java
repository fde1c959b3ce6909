package org.tutela.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.CourseId;
import org.tutela.catalog.NewCourse;

/** The course catalogue over HTTP: public to read, staff-only to change. */
@RestController
@RequestMapping("/api/v1/courses")
class CourseApiController {

	private final CourseCatalog catalog;

	CourseApiController(CourseCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<Course> list() {
		return this.catalog.list();
	}

	@GetMapping("/{id}")
	Course get(@PathVariable UUID id) {
		return this.catalog.get(new CourseId(id));
	}

	// Checked here too, so a caller without the permission is refused before the body is
	// read.
	@PreAuthorize("hasAuthority('catalog.manage')")
	@PostMapping
	ResponseEntity<Course> add(@Valid @RequestBody NewCourse course) {
		Course added = this.catalog.add(course);
		return ResponseEntity.created(URI.create("/api/v1/courses/" + added.id())).body(added);
	}

}
