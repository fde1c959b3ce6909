package org.tutela.billing;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.billing.sending.Dispatching;

/**
 * Sending issued invoices and credit notes, for finance, as often as needed: by e-mail
 * with the PDF, in the document's language, to the buyer's address for invoices; over
 * Peppol to the access point, for Peppol BIS Billing 3.0 documents while Peppol sending
 * is on. Each sending is recorded with what became of it.
 */
@Service
public class InvoiceSending {

	private final Dispatching dispatching;

	InvoiceSending(Dispatching dispatching) {
		this.dispatching = dispatching;
	}

	/** Sends the issued document the way asked; refused for a draft. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public Sending send(UUID invoice, SendingChannel channel) {
		return channel == SendingChannel.EMAIL ? this.dispatching.byMail(invoice)
				: this.dispatching.overPeppol(invoice);
	}

	/** Every sending of the issued document, the latest first. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<Sending> sendings(UUID invoice) {
		return this.dispatching.of(invoice);
	}

	/** Whether documents can go over Peppol: off while no access point is configured. */
	@PreAuthorize("hasAuthority('billing.manage')")
	public boolean peppolOn() {
		return this.dispatching.peppolOn();
	}

}
