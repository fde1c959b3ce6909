package org.tutela.billing.web;

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
import org.tutela.billing.BillingDetails;
import org.tutela.billing.Parties;
import org.tutela.billing.PaymentMethod;
import org.tutela.billing.party.PartyChecks;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.platform.problem.InvalidInput;

/**
 * A client organisation's billing details in the back office, for finance, with the
 * checks and the audit of the API. The form keeps what was typed and names each broken
 * rule beside its field.
 */
@Controller
class ClientBillingPage {

	/** The Peppol schemes the form offers, as {@link PartyChecks} accepts them. */
	static final String[] SCHEMES = { "0208", "0106", "9925", "9944" };

	private final Parties parties;

	private final Organisations organisations;

	ClientBillingPage(Parties parties, Organisations organisations) {
		this.parties = parties;
		this.organisations = organisations;
	}

	@PreAuthorize("hasAuthority('billing.manage')")
	@GetMapping("/admin/organisations/{id}/billing")
	String form(@PathVariable UUID id, Model model) {
		return page(model, this.organisations.withoutContacts(id), this.parties.of(id), Map.of());
	}

	// The form is read only after the permission check.
	@PreAuthorize("hasAuthority('billing.manage')")
	@PostMapping("/admin/organisations/{id}/billing")
	String record(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> sent, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = this.organisations.withoutContacts(id);
		BillingDetails typed = new BillingDetails(paymentMethod(sent.getFirst("paymentMethod")),
				sent.getFirst("peppolScheme"), sent.getFirst("peppolId"), sent.getFirst("vatNumber"),
				sent.getFirst("buyerReference"), sent.getFirst("orderReference"), sent.getFirst("invoiceEmail"),
				sent.getFirst("language"), sent.getFirst("kmoProject"));
		try {
			this.parties.record(id, typed);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/organisations/" + id + "/billing";
		}
		catch (InvalidInput invalid) {
			return page(model, organisation, typed, invalid.byField());
		}
	}

	/**
	 * The method chosen; one the form does not offer counts as none, which is a transfer.
	 */
	private static @Nullable PaymentMethod paymentMethod(@Nullable String chosen) {
		for (PaymentMethod method : PaymentMethod.values()) {
			if (method.name().equals(chosen)) {
				return method;
			}
		}
		return null;
	}

	private static String page(Model model, Organisation organisation, BillingDetails details,
			Map<String, String> errors) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("details", details);
		model.addAttribute("errors", errors);
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("schemes", SCHEMES);
		model.addAttribute("languages", PartyChecks.LANGUAGES.stream().sorted().toList());
		return "billing/client-billing";
	}

}
