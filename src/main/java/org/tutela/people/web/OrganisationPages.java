package org.tutela.people.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tutela.people.ContactRole;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.Paging;

/**
 * The back office's organisations: a list to search by name, the page of one with its
 * contact persons (whose role there staff can end), and the picker that chooses one
 * inside another form.
 */
@Controller
class OrganisationPages {

	private static final int PAGE = 25;

	/** How many organisations a picker offers. */
	private static final int PICKED = 8;

	private final Organisations organisations;

	OrganisationPages(Organisations organisations) {
		this.organisations = organisations;
	}

	@PreAuthorize("hasAuthority('people.read')")
	@GetMapping("/admin/organisations")
	String search(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("name", name.strip());
		model.addAttribute("results", this.organisations.search(name.strip(), Paging.page(page), PAGE));
		return "people/organisations";
	}

	/**
	 * The organisations whose name holds what was typed into an organisation picker,
	 * offered as the choices of the picker's field.
	 */
	@PreAuthorize("hasAuthority('people.read')")
	@GetMapping("/admin/organisations/pick")
	String pick(@RequestParam(required = false) @Nullable String field, @RequestParam Map<String, String> sent,
			Model model) {
		return PickerField.of(field, sent)
			.choices(model, typed -> this.organisations.search(typed, 0, PICKED).items(),
					"people/organisation-picker :: choices");
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/organisations/{id}/contacts/remove")
	String removeContact(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID person,
			@RequestParam(required = false) @Nullable ContactRole role, RedirectAttributes redirect) {
		if (person == null || role == null) {
			throw new InvalidInput(List.of(new FieldError(person == null ? "person" : "role", "required")));
		}
		this.organisations.removeContact(id, PersonId.of(person), role);
		redirect.addFlashAttribute("saved", "contact-removed");
		return "redirect:/admin/organisations/" + id + "#contacts";
	}

	@PreAuthorize("hasAuthority('people.read')")
	@GetMapping("/admin/organisations/{id}")
	String organisation(@PathVariable UUID id, Locale locale, Model model) {
		Organisation organisation = this.organisations.get(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("registeredAddress", Countries.line(organisation.registeredAddress(), locale));
		model.addAttribute("invoiceAddress", Countries.line(organisation.invoiceAddress(), locale));
		return "people/organisation";
	}

}
