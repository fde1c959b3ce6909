package org.tutela.people.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.platform.problem.Paging;

/**
 * The back office's organisations: a list to search by name, the page of one with its
 * contact persons, and the picker that chooses one inside another form.
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
