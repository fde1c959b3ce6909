package org.tutela.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as entered; {@link Organisations} checks every field and names each
 * broken rule.
 */
public record NewOrganisation(@Nullable String name, @Nullable String enterpriseNumber, @Nullable String clientNumber,
		@Nullable CompanyType companyType, @Nullable Address registeredAddress, @Nullable Address invoiceAddress,
		@Nullable MembershipStatus membershipStatus, @Nullable LocalDate memberSince, @Nullable LocalDate memberUntil,
		@Nullable LocalDate contractStart, @Nullable LocalDate contractEnd) {
}
