package org.tutela.billing.invoice;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.billing.DocumentKind;
import org.tutela.personaldata.PersonId;

/**
 * An issued invoice or credit note as it is sent: its kind, number and language, the
 * address the buyer receives invoices at, its Peppol participant id ({@code 0208:…}) when
 * the document is in Peppol BIS Billing 3.0, the private person it is for, if any, and
 * the seller's name.
 */
public record Sendable(UUID id, DocumentKind kind, String number, String language, @Nullable String email,
		@Nullable String peppolId, @Nullable PersonId person, String seller) {

	/**
	 * Whether the document goes over Peppol: a buyer with a Peppol participant id gets
	 * Peppol BIS Billing 3.0 (a business always has one, or its invoice is not issued); a
	 * private person without one gets an EN 16931 document, sent by e-mail only (decision
	 * 015).
	 */
	public boolean peppol() {
		return this.peppolId != null;
	}

	Sendable to(@Nullable String address) {
		return new Sendable(this.id, this.kind, this.number, this.language, address, this.peppolId, this.person,
				this.seller);
	}

}
