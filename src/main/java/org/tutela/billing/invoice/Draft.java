package org.tutela.billing.invoice;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.billing.DocumentKind;

/**
 * An invoice's or credit note's heading as kept: whom it is for, the first day of the
 * month its registrations fall in or the year of membership whose fee it charges, its
 * language, its number once it is issued, and for a credit note the invoice it corrects
 * with the reason finance gave, if any.
 */
record Draft(UUID id, Buyer buyer, @Nullable LocalDate month, @Nullable Integer membershipYear, String language,
		@Nullable String number, DocumentKind kind, @Nullable UUID corrects, @Nullable String reason) {
}
