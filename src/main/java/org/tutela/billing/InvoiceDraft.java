package org.tutela.billing;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note not issued yet: whom it is for, the calendar month of the
 * sessions its registrations are for or the year of membership whose fee it charges
 * (neither for an individual order or a credit note), the language it speaks, its lines
 * and what they come to, in cents; a credit note names the invoice it corrects and the
 * reason finance gave, if any.
 */
public record InvoiceDraft(UUID id, String buyer, @Nullable YearMonth month, @Nullable Integer membershipYear,
		String language, List<InvoiceLine> lines, long netCents, long vatCents, long payableCents, DocumentKind kind,
		@Nullable String corrects, @Nullable String reason) {

	public InvoiceDraft {
		lines = List.copyOf(lines);
	}

	/** A draft with its totals as the document will have them (EN 16931). */
	public static InvoiceDraft of(UUID id, String buyer, @Nullable YearMonth month, @Nullable Integer membershipYear,
			String language, List<InvoiceLine> lines, DocumentKind kind, @Nullable String corrects,
			@Nullable String reason) {
		long net = lines.stream().mapToLong(InvoiceLine::netCents).sum();
		long vat = VatBreakdown.of(lines).taxCents();
		return new InvoiceDraft(id, buyer, month, membershipYear, language, lines, net, vat, net + vat, kind, corrects,
				reason);
	}

}
