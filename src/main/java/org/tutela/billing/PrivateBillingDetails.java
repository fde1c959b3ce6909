package org.tutela.billing;

import org.jspecify.annotations.Nullable;

/**
 * Where a private person who pays for themselves receives invoices, as entered or as
 * kept: a postal address ({@code country} an ISO 3166 code), and an e-mail address when
 * it is not the one the person record gives first.
 */
public record PrivateBillingDetails(@Nullable String street, @Nullable String postcode, @Nullable String city,
		@Nullable String country, @Nullable String email) {
}
