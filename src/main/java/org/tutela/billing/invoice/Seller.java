package org.tutela.billing.invoice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.billing.InvoiceParty;
import org.tutela.billing.PeppolId;
import org.tutela.billing.PostalAddress;
import org.tutela.billing.party.PeppolIds;
import org.tutela.people.identifier.Iban;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.people.identifier.VatNumber;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Controller;
import org.tutela.register.Register;

/**
 * The organisation that invoices: the pack's first controller, with the VAT number, bank
 * account and Peppol participant id of {@code tutela.billing.seller.*}. A value that
 * breaks its rule stops the start, naming the setting.
 */
@Component
class Seller {

	/**
	 * A postcode and city: four digits (Belgium), four and two letters (the Netherlands),
	 * or five.
	 */
	private static final Pattern POSTCODE_CITY = Pattern.compile("(\\d{4}(?: ?[A-Z]{2})?|\\d{5})\\s+(.+)");

	/** The Peppol scheme of Dutch KvK numbers. */
	private static final String KVK = "0106";

	private final Register register;

	private final VatNumber vatNumber;

	private final Iban iban;

	private final @Nullable String bic;

	private final PeppolId peppolId;

	Seller(Register register, @Value("${tutela.billing.seller.vat-number}") String vatNumber,
			@Value("${tutela.billing.seller.iban}") String iban, @Value("${tutela.billing.seller.bic:}") String bic,
			@Value("${tutela.billing.seller.peppol-id}") String peppolId) {
		this.register = register;
		this.vatNumber = checked("vat-number", () -> VatNumber.parse(vatNumber));
		this.iban = checked("iban", () -> Iban.parse(iban));
		this.bic = bic.isBlank() ? null : bic.strip();
		this.peppolId = peppolId(peppolId);
	}

	InvoiceParty party() {
		Controller controller = this.register.pack().controllers().get(0);
		String vat = this.vatNumber.value();
		return new InvoiceParty(controller.name(), address(controller.address(), controller.country()), vat,
				registerNumber(vat, this.peppolId), this.peppolId, null);
	}

	/**
	 * The number the seller has in its country's register, which its invoices carry: a
	 * Belgian enterprise number (Code of Economic Law, Art. III.25) is its VAT number
	 * without the prefix; a Dutch KvK number (Handelsregisterbesluit 2008, Art. 51) is
	 * taken from the Peppol id when it is one (scheme 0106).
	 */
	static @Nullable String registerNumber(String vat, PeppolId peppolId) {
		if (vat.startsWith("BE")) {
			return vat.substring(2);
		}
		return KVK.equals(peppolId.scheme()) ? peppolId.value() : null;
	}

	String iban() {
		return this.iban.value();
	}

	@Nullable String bic() {
		return this.bic;
	}

	/**
	 * The controller's address as packs write it, {@code Havenlaan 86C, 1000 Brussel,
	 * België}: the street, then the postcode and city; the country is the controller's.
	 */
	static PostalAddress address(String written, String country) {
		String[] parts = written.split(",\\s*");
		String street = parts.length > 1 ? parts[0] : null;
		String place = parts.length > 1 ? parts[1] : parts[0];
		Matcher postcodeAndCity = POSTCODE_CITY.matcher(place);
		if (postcodeAndCity.matches()) {
			return new PostalAddress(street, postcodeAndCity.group(1), postcodeAndCity.group(2), country);
		}
		return new PostalAddress(street, null, place, country);
	}

	private static PeppolId peppolId(String written) {
		List<FieldError> errors = new ArrayList<>();
		int colon = written.indexOf(':');
		PeppolId id = colon < 0 ? null
				: PeppolIds.read(written.substring(0, colon), written.substring(colon + 1), errors);
		if (id == null) {
			throw new IllegalStateException(
					"tutela.billing.seller.peppol-id: write the scheme and the id, as " + "0208:0403019261; " + errors);
		}
		return id;
	}

	private static <T> T checked(String setting, Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (InvalidValue invalid) {
			throw new IllegalStateException("tutela.billing.seller." + setting + ": " + invalid.reason());
		}
	}

}
