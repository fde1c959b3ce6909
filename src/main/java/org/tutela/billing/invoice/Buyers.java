package org.tutela.billing.invoice;

import java.util.Objects;

import org.springframework.stereotype.Component;
import org.tutela.billing.BillingDetails;
import org.tutela.billing.InvoiceParty;
import org.tutela.billing.Parties;
import org.tutela.billing.PeppolId;
import org.tutela.billing.PostalAddress;
import org.tutela.billing.PrivateBillingDetails;
import org.tutela.billing.party.PartyChecks;
import org.tutela.billing.party.PartyStore;
import org.tutela.people.Address;
import org.tutela.people.Contact;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.register.Register;

/**
 * Buyers as invoices name them: an organisation from its record and its billing details,
 * a private person from theirs; the reading of a person audited.
 */
@Component
class Buyers {

	/** The scheme of a Belgian enterprise number in the Peppol EAS list. */
	private static final String ENTERPRISE_NUMBER = "0208";

	private final Organisations organisations;

	private final Persons persons;

	private final PartyStore parties;

	private final Register register;

	Buyers(Organisations organisations, Persons persons, PartyStore parties, Register register) {
		this.organisations = organisations;
		this.persons = persons;
		this.parties = parties;
		this.register = register;
	}

	BuyerParty of(Buyer buyer) {
		return buyer.organisation() != null ? organisation(buyer) : person(buyer);
	}

	/**
	 * An organisation at its invoice address, else its registered one; its Peppol id as
	 * finance recorded it, else the one its Belgian enterprise number gives.
	 */
	private BuyerParty organisation(Buyer buyer) {
		Organisation organisation = this.organisations.withoutContacts(Objects.requireNonNull(buyer.organisation()));
		BillingDetails details = this.parties.details(organisation.id()).orElse(BillingDetails.NEW_CLIENT);
		Address address = organisation.invoiceAddress().isEmpty() ? organisation.registeredAddress()
				: organisation.invoiceAddress();
		PeppolId peppol = details.peppolScheme() != null
				? new PeppolId(details.peppolScheme(), Objects.requireNonNull(details.peppolId()))
				: organisation.enterpriseNumber() == null ? null
						: new PeppolId(ENTERPRISE_NUMBER, organisation.enterpriseNumber());
		InvoiceParty party = new InvoiceParty(organisation.name(),
				new PostalAddress(address.street(), address.postcode(), address.city(),
						Objects.requireNonNullElse(address.country(), this.register.pack().home())),
				details.vatNumber() != null ? details.vatNumber() : organisation.vatNumber(),
				organisation.enterpriseNumber(), peppol, details.invoiceEmail());
		return new BuyerParty(party, details.buyerReference(), details.orderReference(), organisation.clientNumber(),
				Objects.requireNonNull(details.language()), details.kmoProject());
	}

	/**
	 * A private person at the address finance recorded, else in the organiser's country;
	 * mailed at the address recorded, else their first; in their language where invoices
	 * speak it, else in English.
	 */
	private BuyerParty person(Buyer buyer) {
		Person person = this.persons.getFor(Objects.requireNonNull(buyer.person()), Parties.PURPOSE);
		PrivateBillingDetails details = this.parties.details(person.id())
			.orElse(new PrivateBillingDetails(null, null, null, null, null));
		String email = details.email() != null ? details.email()
				: person.emails().stream().map(Contact::value).findFirst().orElse(null);
		InvoiceParty party = new InvoiceParty(person.fullName(),
				new PostalAddress(details.street(), details.postcode(), details.city(),
						Objects.requireNonNullElse(details.country(), this.register.pack().home())),
				null, null, null, email);
		return new BuyerParty(party, null, null, null,
				PartyChecks.LANGUAGES.contains(person.language()) ? person.language() : "en", null);
	}

}
