package org.tutela.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.tutela.people.ClientNumberTaken;
import org.tutela.people.CompanyType;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Adding an organisation and changing one in the back office, with the checks and the
 * audit of the API. The form keeps what was typed and names each broken rule beside its
 * field.
 */
@Controller
class OrganisationFormPages {

	private final Organisations organisations;

	OrganisationFormPages(Organisations organisations) {
		this.organisations = organisations;
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@GetMapping("/admin/organisations/new")
	String blank(Locale locale, Model model) {
		return page(model, null, OrganisationForm.empty(), Map.of(), locale);
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/organisations/new")
	String add(@RequestParam MultiValueMap<String, String> sent, Locale locale, Model model,
			RedirectAttributes redirect) {
		OrganisationForm form = OrganisationForm.of(new SentForm(sent));
		try {
			Organisation added = this.organisations.add(organisation(form));
			redirect.addFlashAttribute("saved", "added");
			return "redirect:/admin/organisations/" + added.id();
		}
		catch (InvalidInput invalid) {
			return page(model, null, form, invalid.byField(), locale);
		}
		catch (ClientNumberTaken taken) {
			return page(model, null, form, Map.of("clientNumber", "people.client-number-taken"), locale);
		}
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@GetMapping("/admin/organisations/{id}/edit")
	String form(@PathVariable UUID id, Locale locale, Model model) {
		Organisation organisation = this.organisations.withoutContacts(id);
		return page(model, organisation, OrganisationForm.of(organisation), Map.of(), locale);
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/organisations/{id}/edit")
	String change(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, Locale locale, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = this.organisations.withoutContacts(id);
		OrganisationForm form = OrganisationForm.of(new SentForm(sent));
		try {
			this.organisations.change(id, organisation(form));
			redirect.addFlashAttribute("saved", "changed");
			return "redirect:/admin/organisations/" + id;
		}
		catch (InvalidInput invalid) {
			return page(model, organisation, form, invalid.byField(), locale);
		}
		catch (ClientNumberTaken taken) {
			return page(model, organisation, form, Map.of("clientNumber", "people.client-number-taken"), locale);
		}
	}

	private static NewOrganisation organisation(OrganisationForm form) {
		List<FieldError> errors = new ArrayList<>();
		NewOrganisation organisation = form.organisation(errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return organisation;
	}

	private String page(Model model, @Nullable Organisation organisation, OrganisationForm form,
			Map<String, String> errors, Locale locale) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("companyTypes", CompanyType.values());
		model.addAttribute("memberships", MembershipStatus.values());
		model.addAttribute("countries", Countries.all(locale));
		return "people/organisation-form";
	}

}
