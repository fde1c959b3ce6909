package org.tutela.billing;

import org.jspecify.annotations.Nullable;

/** Where a party of an invoice is; the country is an ISO 3166 code and always known. */
public record PostalAddress(@Nullable String street, @Nullable String postcode, @Nullable String city, String country) {
}
