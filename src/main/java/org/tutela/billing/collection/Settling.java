package org.tutela.billing.collection;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.HandedOverInvoiceSettled;
import org.tutela.billing.payment.PaymentStore;

/**
 * Marks an invoice handed over for collection settled once nothing is left to pay of it
 * (paid or credited in full), and says so once ({@link HandedOverInvoiceSettled}), so
 * that the holds its hand-over placed are lifted in the same transaction. Called wherever
 * a payment is booked against an invoice or a credit note for it is issued.
 */
@Component
public class Settling {

	private final HandOverStore handOvers;

	private final PaymentStore payments;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	Settling(HandOverStore handOvers, PaymentStore payments, ApplicationEventPublisher events, AuditTrail audit,
			Clock clock) {
		this.handOvers = handOvers;
		this.payments = payments;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Settles the hand-overs of those invoices of which nothing is left to pay. */
	public void paidOrCredited(Collection<UUID> invoices) {
		invoices.stream().distinct().forEach(this::paidOrCredited);
	}

	/** Settles the invoice's hand-over when nothing is left to pay of it. */
	public void paidOrCredited(UUID invoice) {
		if (this.handOvers.of(invoice).filter(handOver -> !handOver.settled()).isEmpty()
				|| !this.payments.settled(invoice)) {
			return;
		}
		if (this.handOvers.settle(invoice, this.clock.instant())) {
			String number = this.handOvers.number(invoice);
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, null,
					"invoice " + number + " handed over for collection is settled"));
			this.events.publishEvent(new HandedOverInvoiceSettled(invoice, number));
		}
	}

}
