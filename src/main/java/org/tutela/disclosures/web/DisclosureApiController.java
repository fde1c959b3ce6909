package org.tutela.disclosures.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;

/**
 * The disclosure log over the API: modules and integrations record what they give to
 * whom.
 */
@RestController
@RequestMapping("/api/v1/disclosures")
class DisclosureApiController {

	private final Disclosures disclosures;

	DisclosureApiController(Disclosures disclosures) {
		this.disclosures = disclosures;
	}

	// Checked here too, so a caller without the permission is refused before the body is
	// read.
	@PreAuthorize("hasAuthority('disclosures.record')")
	@PostMapping
	ResponseEntity<Disclosure> record(@RequestBody NewDisclosure disclosure) {
		Disclosure recorded = this.disclosures.record(disclosure);
		return ResponseEntity.created(URI.create("/api/v1/disclosures?person=" + recorded.persons().get(0)))
			.body(recorded);
	}

}
