package org.tutela.enrolment.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.enrolment.Cancelling;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.Registrations;

/**
 * Registrations over HTTP, for staff and for systems that take registrations elsewhere.
 */
@RestController
class EnrolmentApiController {

	private final Registering registering;

	private final Registrations registrations;

	private final Cancelling cancelling;

	EnrolmentApiController(Registering registering, Registrations registrations, Cancelling cancelling) {
		this.registering = registering;
		this.registrations = registrations;
		this.cancelling = cancelling;
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/api/v1/sessions/{id}/registrations")
	ResponseEntity<Registration> register(@PathVariable UUID id, @RequestBody RegistrationForm form,
			@RequestParam(defaultValue = "nl") @Nullable String language) {
		Registration registration = this.registering.registerByStaff(id, form, String.valueOf(language));
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + id + "/registrations/" + registration.id()))
			.body(registration);
	}

	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@GetMapping("/api/v1/sessions/{id}/registrations")
	List<Registration> ofSession(@PathVariable UUID id) {
		return this.registrations.ofSession(id);
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/api/v1/registrations/{id}/cancel")
	Registration cancel(@PathVariable UUID id) {
		return this.cancelling.cancel(id);
	}

}
