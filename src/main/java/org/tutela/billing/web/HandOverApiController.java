package org.tutela.billing.web;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.billing.HandOver;
import org.tutela.billing.HandOverNotFound;
import org.tutela.billing.HandOvers;

/**
 * An issued invoice handed over for collection, over HTTP, for finance: handed to a
 * collection agent the pack names, refused with a problem when it is not ready, was
 * handed over before or the recipient is not one of the pack's; and the hand-over read
 * back.
 */
@RestController
@RequestMapping("/api/v1/billing/invoices/{id}/hand-over")
class HandOverApiController {

	private final HandOvers handOvers;

	HandOverApiController(HandOvers handOvers) {
		this.handOvers = handOvers;
	}

	@PostMapping
	ResponseEntity<HandOver> handOver(@PathVariable UUID id, @RequestBody(required = false) @Nullable Recipient body) {
		HandOver handOver = this.handOvers.handOver(id, body == null ? null : body.recipient());
		return ResponseEntity.created(URI.create("/api/v1/billing/invoices/" + id + "/hand-over")).body(handOver);
	}

	@GetMapping
	ResponseEntity<HandOver> handOver(@PathVariable UUID id) {
		return ResponseEntity.ok(this.handOvers.of(id).orElseThrow(() -> new HandOverNotFound(id)));
	}

	/** To whom: a collection agent the pack names for billing, by name. */
	record Recipient(@Nullable String recipient) {
	}

}
