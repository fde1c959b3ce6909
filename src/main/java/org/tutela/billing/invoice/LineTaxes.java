package org.tutela.billing.invoice;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.billing.SellerCountryNotInvoiced;
import org.tutela.billing.VatCategory;
import org.tutela.catalog.VatTreatment;
import org.tutela.people.identifier.VatNumber;
import org.tutela.register.Register;

/**
 * How a line is taxed, from where its supply takes place (Council Directive 2006/112/EC):
 * <ul>
 * <li>admission to a course held in a room is taxed where the course takes place, whoever
 * the client (Art. 53; Belgian VAT code Art. 21 §3 3°): in the organiser's country, at
 * the standard rate or exempt as vocational training as the course says;</li>
 * <li>anything else, such as an online session or an order, follows the general rules: to
 * a business client it is supplied where the client is established (Art. 44), so a client
 * with a VAT number of another member state accounts for the VAT itself (reverse charge,
 * Art. 196); to anyone else it is supplied where the organiser is (Art. 45).</li>
 * </ul>
 * The organiser's country is the pack's first controller's; its rules are known for
 * Belgium and the Netherlands.
 */
@Component
class LineTaxes {

	/**
	 * The standard rates: Belgium, Royal Decree no. 20 on VAT rates, Art. 1; the
	 * Netherlands, Wet OB Art. 9 lid 1.
	 */
	private static final Map<String, BigDecimal> STANDARD_RATES = Map.of("BE", new BigDecimal("21.00"), "NL",
			new BigDecimal("21.00"));

	private static final String REVERSE_CHARGE = "VATEX-EU-AE";

	private final Register register;

	private final MessageSource messages;

	LineTaxes(Register register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	/**
	 * How a line is taxed: {@code admission} when it admits to a course held in a room;
	 * the reasons in the invoice's language.
	 */
	LineVat of(VatTreatment treatment, boolean admission, @Nullable String buyerVatNumber, Locale language) {
		return taxed(treatment == VatTreatment.EXEMPT ? Exemption.VOCATIONAL_TRAINING : null, admission, buyerVatNumber,
				language);
	}

	/**
	 * How a member's fee is taxed: a service supplied by the general rules, at the
	 * standard rate, or exempt when the organiser is a body without profit motive that
	 * charges its members a fee its statutes set ({@code exempt}).
	 */
	LineVat membershipFee(boolean exempt, @Nullable String buyerVatNumber, Locale language) {
		return taxed(exempt ? Exemption.MEMBERS_ORGANISATION : null, false, buyerVatNumber, language);
	}

	private LineVat taxed(@Nullable Exemption exemption, boolean admission, @Nullable String buyerVatNumber,
			Locale language) {
		String home = this.register.pack().home();
		BigDecimal standard = STANDARD_RATES.get(home);
		if (standard == null) {
			throw new SellerCountryNotInvoiced(home);
		}
		if (!admission && buyerVatNumber != null && !new VatNumber(buyerVatNumber).country().equals(home)) {
			return new LineVat(VatCategory.REVERSE_CHARGE, BigDecimal.ZERO.setScale(2), REVERSE_CHARGE,
					this.messages.getMessage("billing.vat.reverse-charge", null, language));
		}
		if (exemption != null) {
			return new LineVat(VatCategory.EXEMPT, BigDecimal.ZERO.setScale(2), exemption.code,
					this.messages.getMessage(exemption.reason + home, null, language));
		}
		return new LineVat(VatCategory.STANDARD, standard, null, null);
	}

	/**
	 * The exemptions a line may have, with their VATEX code and the key of the reason an
	 * invoice gives in each organiser's country.
	 */
	private enum Exemption {

		/** Vocational training, VAT Directive Art. 132(1)(i). */
		VOCATIONAL_TRAINING("VATEX-EU-132-1I", "billing.vat.exempt."),

		/**
		 * Services of a body without profit motive to its members for a fee its statutes
		 * set, VAT Directive Art. 132(1)(l).
		 */
		MEMBERS_ORGANISATION("VATEX-EU-132-1L", "billing.vat.exempt-membership.");

		private final String code;

		private final String reason;

		Exemption(String code, String reason) {
			this.code = code;
			this.reason = reason;
		}

	}

}
