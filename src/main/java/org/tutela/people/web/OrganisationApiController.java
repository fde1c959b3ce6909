package org.tutela.people.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.people.ContactRole;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Page;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.Paging;

@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

	private final Organisations organisations;

	OrganisationApiController(Organisations organisations) {
		this.organisations = organisations;
	}

	// Checked here too, so a caller without the permission is refused before the body is
	// read.
	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping
	ResponseEntity<Organisation> add(@RequestBody NewOrganisation organisation) {
		Organisation added = this.organisations.add(organisation);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + added.id())).body(added);
	}

	@GetMapping
	Page<Organisation> search(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return this.organisations.search(name, Paging.page(page), Paging.size(size));
	}

	@GetMapping("/{id}")
	Organisation get(@PathVariable UUID id) {
		return this.organisations.get(id);
	}

	// Checked here too, so a caller without the permission is refused before the body is
	// read.
	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/{id}/contacts")
	Organisation addContact(@PathVariable UUID id, @RequestBody NewOrganisationContact contact) {
		UUID person = contact.person();
		ContactRole role = contact.role();
		List<FieldError> errors = new ArrayList<>();
		if (person == null) {
			errors.add(new FieldError("person", "required"));
		}
		if (role == null) {
			errors.add(new FieldError("role", "required"));
		}
		if (person == null || role == null) {
			throw new InvalidInput(errors);
		}
		return this.organisations.addContact(id, PersonId.of(person), role);
	}

	record NewOrganisationContact(@Nullable UUID person, @Nullable ContactRole role) {
	}

}
