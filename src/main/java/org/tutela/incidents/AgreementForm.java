package org.tutela.incidents;

import org.jspecify.annotations.Nullable;

/**
 * An agreement as the officer types it: dates as {@code 2026-12-07}, the country where
 * the processor stores the data as an ISO code, and the transfer safeguard
 * ({@code adequacy}, {@code scc} or {@code bcr}) with its date.
 */
public record AgreementForm(@Nullable String signedOn, @Nullable String reviewOn, @Nullable String storageCountry,
		@Nullable String safeguard, @Nullable String safeguardOn) {

	public static AgreementForm empty() {
		return new AgreementForm(null, null, null, null, null);
	}

}
