package org.tutela.billing;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invoice not issued yet: whom it is for, the calendar month of the sessions its
 * registrations are for (none for an individual order), the language it speaks, its lines
 * and what they come to, in cents.
 */
public record InvoiceDraft(UUID id, String buyer, @Nullable YearMonth month, String language, List<InvoiceLine> lines,
		long netCents, long vatCents, long payableCents) {

	public InvoiceDraft {
		lines = List.copyOf(lines);
	}

	/** The draft with its totals as the invoice will have them (EN 16931). */
	public static InvoiceDraft of(UUID id, String buyer, @Nullable YearMonth month, String language,
			List<InvoiceLine> lines) {
		long net = lines.stream().mapToLong(InvoiceLine::netCents).sum();
		long vat = VatBreakdown.of(lines).taxCents();
		return new InvoiceDraft(id, buyer, month, language, lines, net, vat, net + vat);
	}

}
