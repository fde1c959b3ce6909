package org.tutela.billing.document;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import org.jspecify.annotations.Nullable;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.Invoice;
import org.tutela.billing.InvoiceParty;

/**
 * The specification a UBL document follows, with the official rules it is checked
 * against. A business is invoiced in Peppol BIS Billing 3.0, the Belgian obligation since
 * 1 January 2026. A private person without a Peppol participant id is on no Peppol
 * network: Peppol asks for the buyer's electronic address (PEPPOL-EN16931-R010) and
 * refuses an e-mail address as one (PEPPOL-EN16931-CL008), so that person's document
 * follows EN 16931 itself, which asks for neither, and is kept, not sent.
 */
enum Specification {

	PEPPOL_BIS_BILLING_3("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
			"urn:fdc:peppol.eu:2017:poacc:billing:01:1.0", PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3,
			PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3),

	EN_16931("urn:cen.eu:en16931:2017", null, EN16931Validation.VID_UBL_INVOICE_1316,
			EN16931Validation.VID_UBL_CREDIT_NOTE_1316);

	private final String customization;

	private final @Nullable String profile;

	private final DVRCoordinate invoiceRules;

	private final DVRCoordinate creditNoteRules;

	Specification(String customization, @Nullable String profile, DVRCoordinate invoiceRules,
			DVRCoordinate creditNoteRules) {
		this.customization = customization;
		this.profile = profile;
		this.invoiceRules = invoiceRules;
		this.creditNoteRules = creditNoteRules;
	}

	static Specification of(Invoice invoice) {
		InvoiceParty buyer = invoice.buyer();
		return buyer.business() || buyer.peppolId() != null ? PEPPOL_BIS_BILLING_3 : EN_16931;
	}

	/** The specification identifier (EN 16931 BT-24). */
	String customization() {
		return this.customization;
	}

	/** The business process (BT-23), which Peppol asks for. */
	@Nullable String profile() {
		return this.profile;
	}

	/** The phive validation executor set of a document of this kind. */
	DVRCoordinate rules(DocumentKind kind) {
		return kind == DocumentKind.INVOICE ? this.invoiceRules : this.creditNoteRules;
	}

}
