package org.tutela.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.people.identifier.EnterpriseNumber;

/**
 * An organisation: a client company or member, with its contact persons and their roles.
 */
public record Organisation(UUID id, String name, @Nullable String enterpriseNumber, @Nullable String vatNumber,
		@Nullable String clientNumber, @Nullable CompanyType companyType, Address registeredAddress,
		Address invoiceAddress, MembershipStatus membershipStatus, @Nullable LocalDate memberSince,
		@Nullable LocalDate memberUntil, @Nullable LocalDate contractStart, @Nullable LocalDate contractEnd,
		List<OrganisationContact> contacts) {

	public Organisation {
		contacts = List.copyOf(contacts);
	}

	/** The enterprise number as it is printed, {@code 0403.019.261}. */
	public @Nullable String printedEnterpriseNumber() {
		return this.enterpriseNumber == null ? null : new EnterpriseNumber(this.enterpriseNumber).formatted();
	}

}
