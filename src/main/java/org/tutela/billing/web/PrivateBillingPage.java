package org.tutela.billing.web;

import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.billing.Parties;
import org.tutela.billing.PrivateBillingDetails;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.register.Register;

/**
 * Where a private person who pays for themselves receives invoices, in the back office,
 * for finance, with the checks and the audit of the API: the postal address, and an
 * e-mail address when not the one their record gives first. The form keeps what was typed
 * and names each broken rule beside its field; a first form offers the organiser's
 * country.
 */
@Controller
class PrivateBillingPage {

	private final Parties parties;

	private final Persons persons;

	private final Register register;

	PrivateBillingPage(Parties parties, Persons persons, Register register) {
		this.parties = parties;
		this.persons = persons;
		this.register = register;
	}

	@PreAuthorize("hasAuthority('billing.manage')")
	@GetMapping("/admin/people/{id}/billing")
	String form(@PathVariable UUID id, Model model) {
		PersonId person = PersonId.of(id);
		PrivateBillingDetails kept = this.parties.of(person);
		PrivateBillingDetails shown = kept.country() != null ? kept : new PrivateBillingDetails(kept.street(),
				kept.postcode(), kept.city(), this.register.pack().home(), kept.email());
		return page(model, person, shown, Map.of());
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('billing.manage')")
	@PostMapping("/admin/people/{id}/billing")
	String record(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, Model model,
			RedirectAttributes redirect) {
		PersonId person = PersonId.of(id);
		PrivateBillingDetails typed = new PrivateBillingDetails(sent.getFirst("street"), sent.getFirst("postcode"),
				sent.getFirst("city"), sent.getFirst("country"), sent.getFirst("email"));
		try {
			this.parties.record(person, typed);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/people/" + id + "/billing";
		}
		catch (InvalidInput invalid) {
			return page(model, person, typed, invalid.byField());
		}
	}

	private String page(Model model, PersonId person, PrivateBillingDetails details, Map<String, String> errors) {
		model.addAttribute("person", person.value());
		model.addAttribute("name", this.persons.nameFor(person, Parties.PURPOSE));
		model.addAttribute("details", details);
		model.addAttribute("errors", errors);
		return "billing/private-billing";
	}

}
