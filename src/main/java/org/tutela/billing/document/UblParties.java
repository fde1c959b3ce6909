package org.tutela.billing.document;

import java.util.Map;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import org.tutela.billing.InvoiceParty;
import org.tutela.billing.PostalAddress;

/**
 * The seller and the buyer as Peppol BIS Billing 3.0 names them: the electronic address
 * the document is delivered to, the name, address, VAT number and the enterprise number
 * in its national register.
 */
final class UblParties {

	/**
	 * The scheme of the electronic address of a party without a Peppol participant id:
	 * its e-mail address ({@code EM} in the Peppol list of electronic address schemes).
	 */
	static final String EMAIL_SCHEME = "EM";

	/**
	 * The ISO 6523 scheme of each national register an enterprise number is from: the
	 * Belgian Crossroads Bank for Enterprises and the Dutch chamber of commerce.
	 */
	private static final Map<String, String> REGISTERS = Map.of("BE", "0208", "NL", "0106");

	private UblParties() {
	}

	static SupplierPartyType seller(InvoiceParty seller) {
		SupplierPartyType supplier = new SupplierPartyType();
		supplier.setParty(party(seller));
		return supplier;
	}

	static CustomerPartyType buyer(InvoiceParty buyer) {
		CustomerPartyType customer = new CustomerPartyType();
		customer.setParty(party(buyer));
		return customer;
	}

	private static PartyType party(InvoiceParty invoiced) {
		PartyType party = new PartyType();
		if (invoiced.peppolId() != null) {
			party.setEndpointID(invoiced.peppolId().value()).setSchemeID(invoiced.peppolId().scheme());
		}
		else if (invoiced.email() != null) {
			party.setEndpointID(invoiced.email()).setSchemeID(EMAIL_SCHEME);
		}
		PartyNameType name = new PartyNameType();
		name.setName(invoiced.name());
		party.addPartyName(name);
		party.setPostalAddress(address(invoiced.address()));
		if (invoiced.vatNumber() != null) {
			PartyTaxSchemeType tax = new PartyTaxSchemeType();
			tax.setCompanyID(invoiced.vatNumber());
			tax.setTaxScheme(vat());
			party.addPartyTaxScheme(tax);
		}
		party.addPartyLegalEntity(legalEntity(invoiced));
		return party;
	}

	private static PartyLegalEntityType legalEntity(InvoiceParty invoiced) {
		PartyLegalEntityType entity = new PartyLegalEntityType();
		entity.setRegistrationName(invoiced.name());
		String register = REGISTERS.get(invoiced.address().country());
		if (invoiced.enterpriseNumber() != null) {
			if (register == null) {
				entity.setCompanyID(invoiced.enterpriseNumber());
			}
			else {
				entity.setCompanyID(invoiced.enterpriseNumber().replaceAll("\\D", "")).setSchemeID(register);
			}
		}
		return entity;
	}

	private static AddressType address(PostalAddress where) {
		AddressType address = new AddressType();
		if (where.street() != null) {
			address.setStreetName(where.street());
		}
		if (where.city() != null) {
			address.setCityName(where.city());
		}
		if (where.postcode() != null) {
			address.setPostalZone(where.postcode());
		}
		CountryType country = new CountryType();
		country.setIdentificationCode(where.country());
		address.setCountry(country);
		return address;
	}

	static TaxSchemeType vat() {
		TaxSchemeType scheme = new TaxSchemeType();
		scheme.setID("VAT");
		return scheme;
	}

}
