package org.tutela.people.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.people.Address;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.identifier.EnterpriseNumber;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/** Checks a new organisation and names every field that breaks a rule. */
@Component
public class OrganisationChecks {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	public CheckedOrganisation check(NewOrganisation organisation) {
		List<FieldError> errors = new ArrayList<>();
		String name = organisation.name() == null ? "" : organisation.name().strip();
		if (name.isEmpty()) {
			errors.add(new FieldError("name", "required"));
		}
		TextRule.LINE.check("name", name, errors);
		EnterpriseNumber enterprise = null;
		if (organisation.enterpriseNumber() != null && !organisation.enterpriseNumber().isBlank()) {
			try {
				enterprise = EnterpriseNumber.parse(organisation.enterpriseNumber());
			}
			catch (InvalidValue invalid) {
				errors.add(new FieldError("enterpriseNumber", invalid.reason()));
			}
		}
		String clientNumber = organisation.clientNumber() == null || organisation.clientNumber().isBlank() ? null
				: organisation.clientNumber().strip();
		if (clientNumber != null && clientNumber.length() > 30) {
			errors.add(new FieldError("clientNumber", "too-long"));
		}
		Address registered = address(organisation.registeredAddress(), "registeredAddress", errors);
		Address invoice = address(organisation.invoiceAddress(), "invoiceAddress", errors);
		MembershipStatus membership = organisation.membershipStatus() == null ? MembershipStatus.NONE
				: organisation.membershipStatus();
		order(organisation.memberSince(), organisation.memberUntil(), "memberUntil", errors);
		order(organisation.contractStart(), organisation.contractEnd(), "contractEnd", errors);
		if (membership == MembershipStatus.MEMBER && organisation.memberSince() == null) {
			errors.add(new FieldError("memberSince", "required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new CheckedOrganisation(name, enterprise, clientNumber, organisation.companyType(), registered, invoice,
				membership, organisation.memberSince(), organisation.memberUntil(), organisation.contractStart(),
				organisation.contractEnd());
	}

	private static Address address(@Nullable Address given, String field, List<FieldError> errors) {
		if (given == null || given.isEmpty()) {
			return new Address(null, null, null, null);
		}
		String country = given.country() == null ? "" : given.country().strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			errors.add(new FieldError(field + ".country", "country"));
		}
		if (given.city() == null || given.city().isBlank()) {
			errors.add(new FieldError(field + ".city", "required"));
		}
		return new Address(trim(given.street()), trim(given.postcode()), trim(given.city()), country);
	}

	private static void order(@Nullable LocalDate start, @Nullable LocalDate end, String field,
			List<FieldError> errors) {
		if (start != null && end != null && end.isBefore(start)) {
			errors.add(new FieldError(field, "date-order"));
		}
	}

	private static @Nullable String trim(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
