package org.tutela.billing.document;

import java.math.BigDecimal;

import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;
import org.tutela.billing.Invoice;
import org.tutela.billing.VatBreakdown;
import org.tutela.billing.VatCategory;

/**
 * An invoice's VAT in UBL: one subtotal per category and rate of its breakdown, an exempt
 * one with the reason its lines give (EN 16931 rule BR-E-10), a reverse-charged one with
 * its code (BR-AE-10).
 */
final class UblTax {

	/** The exemption code a reverse-charged group carries when its lines name none. */
	private static final String REVERSE_CHARGE_CODE = "VATEX-EU-AE";

	private UblTax() {
	}

	static TaxTotalType total(Invoice invoice) {
		VatBreakdown vat = invoice.vat();
		TaxTotalType total = new TaxTotalType();
		total.setTaxAmount(UblWriter.money(vat.taxCents())).setCurrencyID(invoice.currency());
		for (VatBreakdown.Group group : vat.groups()) {
			TaxSubtotalType subtotal = new TaxSubtotalType();
			subtotal.setTaxableAmount(UblWriter.money(group.taxableCents())).setCurrencyID(invoice.currency());
			subtotal.setTaxAmount(UblWriter.money(group.taxCents())).setCurrencyID(invoice.currency());
			TaxCategoryType category = category(group.category(), group.rate());
			String code = group.category() == VatCategory.REVERSE_CHARGE && group.exemptionCode() == null
					? REVERSE_CHARGE_CODE : group.exemptionCode();
			if (code != null) {
				category.setTaxExemptionReasonCode(code);
			}
			if (group.exemptionReason() != null) {
				category.addTaxExemptionReason(new TaxExemptionReasonType(group.exemptionReason()));
			}
			subtotal.setTaxCategory(category);
			total.addTaxSubtotal(subtotal);
		}
		return total;
	}

	static TaxCategoryType category(VatCategory vat, BigDecimal rate) {
		TaxCategoryType category = new TaxCategoryType();
		category.setID(vat.code());
		category.setPercent(rate);
		category.setTaxScheme(UblParties.vat());
		return category;
	}

}
