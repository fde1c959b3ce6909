package org.tutela.billing.invoice;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invoice's heading as kept: whom it is for, the first day of the month its
 * registrations fall in, its language, and its number once it is issued.
 */
record Draft(UUID id, Buyer buyer, @Nullable LocalDate month, String language, @Nullable String number) {
}
