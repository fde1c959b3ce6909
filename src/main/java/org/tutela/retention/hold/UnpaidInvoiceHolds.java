package org.tutela.retention.hold;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.HandedOverInvoiceSettled;
import org.tutela.billing.InvoiceHandedOver;
import org.tutela.identity.Caller;
import org.tutela.personaldata.PersonId;
import org.tutela.retention.HoldReason;

/**
 * Keeps the persons an invoice handed over for collection names under a legal hold
 * (reason: unpaid invoice) until it is settled (MEZ-5). It answers billing in the same
 * transaction, so that a hand-over and its holds, or a settlement and the holds' lifting,
 * are stored together or not at all.
 */
@Component
class UnpaidInvoiceHolds {

	private final HoldStore holds;

	private final AuditTrail audit;

	private final Clock clock;

	UnpaidInvoiceHolds(HoldStore holds, AuditTrail audit, Clock clock) {
		this.holds = holds;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void handedOver(InvoiceHandedOver handedOver) {
		for (PersonId person : handedOver.persons()) {
			this.holds.place(person, HoldReason.UNPAID_INVOICE, handedOver.number(), reference(handedOver.invoice()),
					Caller.name(), this.clock.instant());
			this.audit
				.record(AuditEvent.of(AuditAction.UPDATE, person, "legal hold placed: " + HoldReason.UNPAID_INVOICE
						+ " for invoice " + handedOver.number() + " handed over for collection"));
		}
	}

	@EventListener
	void settled(HandedOverInvoiceSettled settled) {
		for (PersonId person : this.holds.liftReferenced(reference(settled.invoice()), Caller.name(),
				this.clock.instant())) {
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, person, "legal hold lifted: "
					+ HoldReason.UNPAID_INVOICE + " for invoice " + settled.number() + " settled"));
		}
	}

	private static String reference(UUID invoice) {
		return "billing-invoice:" + invoice;
	}

}
