package org.tutela.people.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
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
import org.tutela.people.Duplicates;
import org.tutela.people.NewPerson;
import org.tutela.people.Page;
import org.tutela.people.Person;
import org.tutela.people.PersonQuery;
import org.tutela.people.PersonSummary;
import org.tutela.people.Persons;
import org.tutela.people.PossibleDuplicate;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.platform.problem.Paging;

@RestController
@RequestMapping("/api/v1/people")
class PersonApiController {

	private final Persons persons;

	private final Duplicates duplicates;

	PersonApiController(Persons persons, Duplicates duplicates) {
		this.persons = persons;
		this.duplicates = duplicates;
	}

	// Checked here too, so a caller without the permission is refused before the body is
	// read.
	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping
	ResponseEntity<Person> register(@RequestBody NewPerson person) {
		Person registered = this.persons.register(person);
		return ResponseEntity.created(URI.create("/api/v1/people/" + registered.id())).body(registered);
	}

	@GetMapping
	Page<PersonSummary> search(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String identifier,
			@RequestParam(required = false) @Nullable String organisation, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return this.persons
			.search(new PersonQuery(name, email, identifier, organisation, Paging.page(page), Paging.size(size)));
	}

	@GetMapping("/{id}")
	Person get(@PathVariable UUID id) {
		return this.persons.get(PersonId.of(id));
	}

	/**
	 * Everything held about the person, per module, from the catalogue; identifiers
	 * masked.
	 */
	@GetMapping("/{id}/held")
	Map<String, List<PersonalRecord>> held(@PathVariable UUID id) {
		return this.persons.everythingHeld(PersonId.of(id));
	}

	@GetMapping("/duplicates")
	List<PossibleDuplicate> duplicates(@RequestParam(defaultValue = "100") int limit) {
		return this.duplicates.possibleDuplicates(Math.min(Math.max(limit, 1), 1000));
	}

	// Checked here too, so a caller without the permission is refused before the body is
	// read.
	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/{id}/merge")
	Person merge(@PathVariable UUID id, @RequestBody MergeRequest request) {
		UUID duplicate = request.duplicate();
		if (duplicate == null) {
			throw new InvalidInput(List.of(new FieldError("duplicate", "required")));
		}
		return this.duplicates.merge(PersonId.of(id), PersonId.of(duplicate));
	}

	record MergeRequest(@Nullable UUID duplicate) {
	}

}
