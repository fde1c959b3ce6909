package org.tutela.people.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.people.Address;
import org.tutela.people.CompanyType;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.platform.problem.InvalidInput.FieldError;

/** An organisation's fields as the form shows them: as held, or as typed. */
record OrganisationForm(String name, String enterpriseNumber, String clientNumber, String companyType,
		AddressForm registeredAddress, AddressForm invoiceAddress, String membershipStatus, String memberSince,
		String memberUntil, String contractStart, String contractEnd) {

	/** A postal address as typed; the country is a two-letter code chosen from a list. */
	record AddressForm(String street, String postcode, String city, String country) {

		static AddressForm of(Address address) {
			return new AddressForm(text(address.street()), text(address.postcode()), text(address.city()),
					text(address.country()));
		}

		static AddressForm of(SentForm sent, String field) {
			return new AddressForm(sent.text(field + ".street"), sent.text(field + ".postcode"),
					sent.text(field + ".city"), sent.text(field + ".country"));
		}

		Address address() {
			return new Address(SentForm.given(this.street), SentForm.given(this.postcode), SentForm.given(this.city),
					SentForm.given(this.country));
		}

	}

	static OrganisationForm empty() {
		AddressForm none = new AddressForm("", "", "", "");
		return new OrganisationForm("", "", "", "", none, none, MembershipStatus.NONE.name(), "", "", "", "");
	}

	static OrganisationForm of(Organisation organisation) {
		return new OrganisationForm(organisation.name(), text(organisation.enterpriseNumber()),
				text(organisation.clientNumber()),
				organisation.companyType() == null ? "" : organisation.companyType().name(),
				AddressForm.of(organisation.registeredAddress()), AddressForm.of(organisation.invoiceAddress()),
				organisation.membershipStatus().name(), day(organisation.memberSince()),
				day(organisation.memberUntil()), day(organisation.contractStart()), day(organisation.contractEnd()));
	}

	static OrganisationForm of(SentForm sent) {
		return new OrganisationForm(sent.text("name"), sent.text("enterpriseNumber"), sent.text("clientNumber"),
				sent.text("companyType"), AddressForm.of(sent, "registeredAddress"),
				AddressForm.of(sent, "invoiceAddress"), sent.text("membershipStatus"), sent.text("memberSince"),
				sent.text("memberUntil"), sent.text("contractStart"), sent.text("contractEnd"));
	}

	/**
	 * The organisation as typed, for the checks every new or changed organisation meets;
	 * what cannot even be read (a date, a choice) is named in {@code errors}.
	 */
	NewOrganisation organisation(List<FieldError> errors) {
		return new NewOrganisation(this.name, SentForm.given(this.enterpriseNumber), SentForm.given(this.clientNumber),
				SentForm.choice(CompanyType.class, "companyType", this.companyType, errors),
				this.registeredAddress.address(), this.invoiceAddress.address(),
				SentForm.choice(MembershipStatus.class, "membershipStatus", this.membershipStatus, errors),
				SentForm.day("memberSince", this.memberSince, errors),
				SentForm.day("memberUntil", this.memberUntil, errors),
				SentForm.day("contractStart", this.contractStart, errors),
				SentForm.day("contractEnd", this.contractEnd, errors));
	}

	private static String day(@Nullable LocalDate day) {
		return day == null ? "" : day.toString();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
