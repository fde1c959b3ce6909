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

	/**
	 * An organisation known only by its name and perhaps its enterprise number, as an
	 * import names it.
	 */
	public static CheckedOrganisation named(String name, @Nullable EnterpriseNumber enterpriseNumber) {
		Address none = new Address(null, null, null, null);
		return new CheckedOrganisation(name.strip(), enterpriseNumber, null, null, none, none, MembershipStatus.NONE,
				null, null, null, null);
	}

}
