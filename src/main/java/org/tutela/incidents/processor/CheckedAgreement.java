package org.tutela.incidents.processor;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An agreement's fields once every rule holds. */
public record CheckedAgreement(String processor, LocalDate signedOn, LocalDate reviewOn, String storageCountry,
		@Nullable String safeguard, @Nullable LocalDate safeguardOn) {
}
