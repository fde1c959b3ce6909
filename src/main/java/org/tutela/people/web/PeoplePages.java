package org.tutela.people.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.tutela.people.Person;
import org.tutela.people.PersonQuery;
import org.tutela.people.Persons;
import org.tutela.people.PossibleDuplicate;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.RecordWords;
import org.tutela.personaldata.ServedActivities;
import org.tutela.platform.problem.Paging;

/**
 * The back office's people pages: search, the privacy view of one person, duplicates and
 * merging.
 */
@Controller
class PeoplePages {

	/** How many persons a picker offers. */
	private static final int PICKED = 8;

	private final Persons persons;

	private final Duplicates duplicates;

	private final ServedActivities activities;

	private final RecordWords words;

	PeoplePages(Persons persons, Duplicates duplicates, ServedActivities activities, RecordWords words) {
		this.persons = persons;
		this.duplicates = duplicates;
		this.activities = activities;
		this.words = words;
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

	/**
	 * The persons whose name starts as typed into a person picker, offered as the choices
	 * of the picker's field.
	 */
	@PreAuthorize("hasAuthority('people.read')")
	@GetMapping("/admin/people/pick")
	String pick(@RequestParam(required = false) @Nullable String field, @RequestParam Map<String, String> sent,
			Model model) {
		return PickerField.of(field, sent)
			.choices(model, typed -> this.persons.search(new PersonQuery(typed, null, null, null, 0, PICKED)).items(),
					"people/picker :: choices");
	}

	@GetMapping("/admin/people/{id}")
	String person(@PathVariable UUID id, Locale locale, Model model) {
		PersonId person = PersonId.of(id);
		Person shown = this.persons.get(person);
		model.addAttribute("person", shown);
		model.addAttribute("language", Locale.forLanguageTag(shown.language()).getDisplayLanguage(locale));
		model.addAttribute("held", held(this.persons.everythingHeld(person), locale));
		return "people/person";
	}

	/**
	 * Everything held about the person, grouped by the activities it serves, in the
	 * policy's words and the reader's; where each field is kept goes along for the DPO.
	 */
	private List<HeldFor> held(Map<String, List<PersonalRecord>> held, Locale locale) {
		Map<List<String>, List<Shown>> byActivities = new LinkedHashMap<>();
		held.values().stream().flatMap(List::stream).forEach(record -> {
			List<String> activities = record.purposes()
				.stream()
				.sorted()
				.flatMap(purpose -> this.activities.names(purpose, locale).stream())
				.distinct()
				.toList();
			List<Field> fields = this.words.readable(record, locale)
				.entrySet()
				.stream()
				.map(field -> new Field(this.words.field(record, field.getKey(), locale), field.getValue(),
						field.getKey()))
				.toList();
			byActivities.computeIfAbsent(activities, key -> new ArrayList<>())
				.add(new Shown(this.words.kind(record, locale), fields, record.table(), record.archived()));
		});
		return byActivities.entrySet().stream().map(group -> new HeldFor(group.getKey(), group.getValue())).toList();
	}

	/** The records kept for the same activities. */
	record HeldFor(List<String> activities, List<Shown> records) {
	}

	/** One record as staff read it, with the table it lies in. */
	record Shown(String kind, List<Field> fields, String table, boolean archived) {
	}

	/** A field's name and value in words, and its column. */
	record Field(String label, String value, String column) {
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@GetMapping("/admin/people/duplicates")
	String duplicates(Model model) {
		model.addAttribute("duplicates",
				this.duplicates.possibleDuplicates(200)
					.stream()
					.map(pair -> new NamedPair(pair, this.persons.get(pair.first()).fullName(),
							this.persons.get(pair.second()).fullName()))
					.toList());
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

	/** Two records that look like one person, each by the name it holds. */
	record NamedPair(PossibleDuplicate pair, String first, String second) {
	}

}
