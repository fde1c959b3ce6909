package org.tutela.people.organisation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tutela.people.Address;
import org.tutela.people.CompanyType;
import org.tutela.people.MembershipStatus;
import org.tutela.people.identifier.EnterpriseNumber;

public record CheckedOrganisation(String name, @Nullable EnterpriseNumber enterpriseNumber,
		@Nullable String clientNumber, @Nullable CompanyType companyType, Address registeredAddress,
		Address invoiceAddress, MembershipStatus membershipStatus, @Nullable LocalDate memberSince,
		@Nullable LocalDate memberUntil, @Nullable LocalDate contractStart, @Nullable LocalDate contractEnd) {
}
