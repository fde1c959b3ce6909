package org.tutela.billing.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.billing.BillingDetails;
import org.tutela.billing.Parties;
import org.tutela.billing.PrivateBillingDetails;
import org.tutela.personaldata.PersonId;

/**
 * The parties' billing details over HTTP, for finance: a client organisation's, and where
 * a private person receives invoices. A detail that breaks a rule is named, and nothing
 * is kept.
 */
@RestController
@RequestMapping("/api/v1/billing")
class PartyApiController {

	private final Parties parties;

	PartyApiController(Parties parties) {
		this.parties = parties;
	}

	@GetMapping("/organisations/{id}")
	BillingDetails organisation(@PathVariable UUID id) {
		return this.parties.of(id);
	}

	@PostMapping("/organisations/{id}")
	BillingDetails organisation(@PathVariable UUID id, @RequestBody BillingDetails details) {
		return this.parties.record(id, details);
	}

	@GetMapping("/persons/{id}")
	PrivateBillingDetails person(@PathVariable UUID id) {
		return this.parties.of(PersonId.of(id));
	}

	@PostMapping("/persons/{id}")
	PrivateBillingDetails person(@PathVariable UUID id, @RequestBody PrivateBillingDetails details) {
		return this.parties.record(PersonId.of(id), details);
	}

}
