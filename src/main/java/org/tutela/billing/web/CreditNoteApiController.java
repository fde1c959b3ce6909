package org.tutela.billing.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tutela.billing.CreditNotes;
import org.tutela.billing.InvoiceDraft;

/**
 * Credit notes over HTTP, for finance: drafted for the cancellations the course's terms
 * leave free of charge, or for an issued invoice credited in full with a reason; a credit
 * note's draft is issued and discarded as an invoice's is ({@code /drafts/{id}/issue}).
 */
@RestController
@RequestMapping("/api/v1/billing")
class CreditNoteApiController {

	private final CreditNotes creditNotes;

	CreditNoteApiController(CreditNotes creditNotes) {
		this.creditNotes = creditNotes;
	}

	/** Drafts the credit notes for the cancellations free of charge: those drafted. */
	@PostMapping("/credit-notes/cancellations")
	List<InvoiceDraft> cancellations() {
		return this.creditNotes.draftForCancellations();
	}

	/** Drafts a credit note for what the issued invoice still holds. */
	@PostMapping("/invoices/{id}/credit")
	ResponseEntity<InvoiceDraft> credit(@PathVariable UUID id, @RequestBody(required = false) @Nullable Credit credit) {
		InvoiceDraft draft = this.creditNotes.creditInFull(id, credit == null ? null : credit.reason());
		return ResponseEntity.created(URI.create("/api/v1/billing/drafts/" + draft.id())).body(draft);
	}

	/** Why finance credits the invoice in full. */
	record Credit(@Nullable String reason) {
	}

}
