package org.tutela.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.people.ContactRole;
import org.tutela.people.ContactUsage;
import org.tutela.people.Duplicates;
import org.tutela.people.IdentifierKind;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.PersonChanges;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Adding a person and changing a person's record in the back office, with the checks and
 * the audit of the API and the import. The form keeps what was typed and names each
 * broken rule beside its field; an organisation chosen in its picker makes the person one
 * of its contacts. A new person who looks like one already held is pointed out on their
 * page.
 */
@Controller
class PersonFormPages {

	private static final List<String> LANGUAGES = List.of("nl", "fr", "en", "de");

	private final Persons persons;

	private final PersonChanges changes;

	private final Organisations organisations;

	private final Duplicates duplicates;

	PersonFormPages(Persons persons, PersonChanges changes, Organisations organisations, Duplicates duplicates) {
		this.persons = persons;
		this.changes = changes;
		this.organisations = organisations;
		this.duplicates = duplicates;
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@GetMapping("/admin/people/new")
	String blank(Model model) {
		return page(model, null, PersonForm.empty(), Map.of());
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/people/new")
	String add(@RequestParam MultiValueMap<String, String> sent, Model model, RedirectAttributes redirect) {
		PersonForm form = PersonForm.of(new SentForm(sent));
		try {
			Employer employer = employer(form);
			Person added = this.persons.register(person(form));
			addContact(employer, added.id());
			redirect.addFlashAttribute("saved", "added");
			redirect.addFlashAttribute("duplicates",
					this.duplicates.possibleDuplicatesOf(added.id())
						.stream()
						.map(duplicate -> duplicate.reason().name())
						.distinct()
						.toList());
			return "redirect:/admin/people/" + added.id();
		}
		catch (InvalidInput invalid) {
			return page(model, null, form, invalid.byField());
		}
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@GetMapping("/admin/people/{id}/edit")
	String form(@PathVariable UUID id, Model model) {
		Person person = this.persons.get(PersonId.of(id));
		return page(model, person, PersonForm.of(person), Map.of());
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/people/{id}/edit")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, Model model,
			RedirectAttributes redirect) {
		Person person = this.persons.get(PersonId.of(id));
		PersonForm form = PersonForm.of(new SentForm(sent));
		try {
			Employer employer = employer(form);
			this.changes.change(person.id(), person(form));
			addContact(employer, person.id());
			redirect.addFlashAttribute("saved", "changed");
			return "redirect:/admin/people/" + id;
		}
		catch (InvalidInput invalid) {
			return page(model, person, form, invalid.byField());
		}
	}

	private static NewPerson person(PersonForm form) {
		List<FieldError> errors = new ArrayList<>();
		NewPerson person = form.person(errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return person;
	}

	/** The organisation chosen in the picker, if any, known before anything is stored. */
	private Employer employer(PersonForm form) {
		List<FieldError> errors = new ArrayList<>();
		UUID organisation = SentForm.id("organisation", form.organisation(), errors);
		ContactRole role = form.contactRole(errors);
		if (organisation != null && this.organisations.name(organisation).isEmpty()) {
			errors.add(new FieldError("organisation", "people.organisation-unknown"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Employer(organisation, role);
	}

	/** The organisation a person is made a contact of, and their role there. */
	private record Employer(@Nullable UUID organisation, ContactRole role) {
	}

	private void addContact(Employer employer, PersonId person) {
		if (employer.organisation() != null) {
			this.organisations.addContact(employer.organisation(), person, employer.role());
		}
	}

	private String page(Model model, @Nullable Person person, PersonForm form, Map<String, String> errors) {
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("provenances", Provenance.values());
		model.addAttribute("usages", ContactUsage.values());
		model.addAttribute("identifierKinds", IdentifierKind.values());
		model.addAttribute("roles", ContactRole.values());
		model.addAttribute("chosen", OrganisationChoice.of(form.organisation(), this.organisations));
		return "people/person-form";
	}

}
