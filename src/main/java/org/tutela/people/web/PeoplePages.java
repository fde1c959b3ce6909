package org.tutela.people.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.people.Duplicates;
import org.tutela.people.PersonQuery;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.ServedActivities;
import org.tutela.platform.problem.Paging;

/**
 * The back office's people pages: search, the privacy view of one person, duplicates and
 * merging.
 */
@Controller
class PeoplePages {

	private final Persons persons;

	private final Duplicates duplicates;

	private final ServedActivities activities;

	PeoplePages(Persons persons, Duplicates duplicates, ServedActivities activities) {
		this.persons = persons;
		this.duplicates = duplicates;
		this.activities = activities;
	}

	@PreAuthorize("hasAuthority('people.read')")
	@GetMapping("/admin/people")
	String search(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String identifier,
			@RequestParam(required = false) @Nullable String organisation, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PersonQuery query = new PersonQuery(name, email, identifier, organisation, Paging.page(page), 25);
		model.addAttribute("query", query);
		boolean asked = filled(name) || filled(email) || filled(identifier) || filled(organisation);
		model.addAttribute("asked", asked);
		if (asked) {
			model.addAttribute("results", this.persons.search(query));
		}
		return "people/search";
	}

	@GetMapping("/admin/people/{id}")
	String person(@PathVariable UUID id, Locale locale, Model model) {
		PersonId person = PersonId.of(id);
		model.addAttribute("person", this.persons.get(person));
		Map<String, List<PersonalRecord>> held = this.persons.everythingHeld(person);
		model.addAttribute("held", held);
		model.addAttribute("served", served(held, locale));
		return "people/person";
	}

	/**
	 * The activities each record's purposes serve, by its purposes: staff read the
	 * policy's words, not the catalogue's.
	 */
	private Map<Set<String>, List<String>> served(Map<String, List<PersonalRecord>> held, Locale locale) {
		Map<Set<String>, List<String>> served = new HashMap<>();
		held.values()
			.forEach(records -> records.forEach(record -> served.computeIfAbsent(record.purposes(),
					purposes -> purposes.stream()
						.flatMap(purpose -> this.activities.names(purpose, locale).stream())
						.distinct()
						.toList())));
		return served;
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@GetMapping("/admin/people/duplicates")
	String duplicates(Model model) {
		model.addAttribute("duplicates", this.duplicates.possibleDuplicates(200));
		return "people/duplicates";
	}

	// The parameter is optional so that the permission is checked before anything is
	// read.
	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/people/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID duplicate,
			RedirectAttributes redirect) {
		if (duplicate == null) {
			throw new InvalidInput(List.of(new FieldError("duplicate", "required")));
		}
		this.duplicates.merge(PersonId.of(id), PersonId.of(duplicate));
		redirect.addFlashAttribute("merged", true);
		return "redirect:/admin/people/" + id;
	}

	private static boolean filled(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
