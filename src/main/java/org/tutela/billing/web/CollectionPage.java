package org.tutela.billing.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tutela.billing.HandOvers;

/**
 * Overdue and handed over, for finance: the invoices past their due date with what is
 * open, the reminders sent and whether they are ready to hand over, and the invoices
 * handed over for collection, to whom, when, what is still open and whether they are
 * settled. Each invoice's number leads to its page, where it is handed over.
 */
@Controller
@PreAuthorize("hasAuthority('billing.manage')")
class CollectionPage {

	private final HandOvers handOvers;

	CollectionPage(HandOvers handOvers) {
		this.handOvers = handOvers;
	}

	@GetMapping("/admin/billing/collection")
	String page(Model model) {
		model.addAttribute("overdue", this.handOvers.overdue());
		model.addAttribute("handedOver", this.handOvers.handedOver());
		return "billing/collection";
	}

}
