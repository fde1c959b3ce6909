package org.tutela.billing.invoice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.CreditNoteNotCredited;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.InvoiceCredited;
import org.tutela.billing.InvoiceNotFound;
import org.tutela.billing.InvoiceAnonymised;
import org.tutela.billing.InvoiceNotIssued;
import org.tutela.billing.LineCredited;
import org.tutela.billing.invoice.CreditStore.IssuedLine;
import org.tutela.enrolment.Registrations;
import org.tutela.identity.Caller;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Drafts credit notes, each correcting one issued invoice: for the registrations an
 * issued invoice charges that have since been cancelled with no fee due (in the course's
 * free term, with the fee waived by staff, or with the session called off), and for an
 * invoice finance credits in full, with the reason. Each line of an invoice is credited
 * once at most: the database refuses a second credit note for it.
 */
@Component
public class Crediting {

	/** The longest reason finance gives. */
	private static final int REASON = 500;

	private final CreditStore credits;

	private final DraftStore drafts;

	private final Registrations registrations;

	private final AuditTrail audit;

	private final Clock clock;

	Crediting(CreditStore credits, DraftStore drafts, Registrations registrations, AuditTrail audit, Clock clock) {
		this.credits = credits;
		this.drafts = drafts;
		this.registrations = registrations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Drafts a credit note for each issued invoice with registrations since cancelled
	 * free of charge that no credit note holds; the credit notes drafted.
	 */
	public Set<UUID> cancellations() {
		List<IssuedLine> lines = this.credits.registrationLines();
		Set<UUID> free = this.registrations
			.cancelledFreeOfCharge(lines.stream().map(IssuedLine::registration).toList());
		Map<UUID, List<Integer>> perInvoice = new LinkedHashMap<>();
		lines.stream()
			.filter(line -> free.contains(line.registration()))
			.forEach(line -> perInvoice.computeIfAbsent(line.invoice(), (invoice) -> new ArrayList<>())
				.add(line.position()));
		Set<UUID> drafted = new LinkedHashSet<>();
		perInvoice.forEach((invoice, positions) -> drafted.add(drafted(issued(invoice), null, positions)));
		return drafted;
	}

	/**
	 * Drafts a credit note for what the issued invoice still holds, with finance's
	 * reason; refused for a draft, a credit note, and an invoice credited in full
	 * already.
	 */
	public UUID whole(UUID invoice, @Nullable String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > REASON) {
			throw new InvalidInput(List.of(new FieldError("reason", "billing.reason")));
		}
		Draft issued = issued(invoice);
		List<Integer> positions = this.credits.uncredited(invoice);
		if (positions.isEmpty()) {
			throw new InvoiceCredited(issued.number());
		}
		return drafted(issued, why, positions);
	}

	/** An issued invoice, not a credit note. */
	private Draft issued(UUID id) {
		Draft invoice = this.drafts.find(id).orElseThrow(() -> new InvoiceNotFound(id));
		if (invoice.number() == null) {
			throw new InvoiceNotIssued();
		}
		if (invoice.kind() != DocumentKind.INVOICE) {
			throw new CreditNoteNotCredited(invoice.number());
		}
		if (this.drafts.anonymised(id)) {
			throw new InvoiceAnonymised(invoice.number());
		}
		return invoice;
	}

	private UUID drafted(Draft invoice, @Nullable String reason, List<Integer> positions) {
		UUID note = this.drafts.creditNote(invoice, reason, Caller.name(), this.clock.instant());
		try {
			positions.forEach(position -> this.drafts.credit(note, invoice.id(), position));
		}
		catch (DuplicateKeyException taken) {
			throw new LineCredited(invoice.number());
		}
		this.audit.record(AuditEvent.of(AuditAction.CREATE, invoice.buyer().person(),
				"credit note drafted for invoice " + invoice.number()));
		return note;
	}

}
