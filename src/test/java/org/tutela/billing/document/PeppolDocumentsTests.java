package org.tutela.billing.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation2026_05;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.Invoice;
import org.tutela.billing.InvoiceBreaksRules;
import org.tutela.billing.InvoiceBreaksRules.BrokenRule;
import org.tutela.billing.InvoiceLine;
import org.tutela.billing.InvoiceParty;
import org.tutela.billing.PeppolId;
import org.tutela.billing.PostalAddress;
import org.tutela.billing.StructuredReference;
import org.tutela.billing.VatCategory;
import org.tutela.billing.document.InvoiceDocuments.IssuedDocuments;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PdfText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The documents an invoice is issued as: the UBL file passes the official Peppol BIS
 * Billing 3.0 and EN 16931 rules as phive runs them, checked here apart from the code
 * that issues it; an invoice breaking a rule is refused with the rule named (issue 24);
 * the PDF speaks the buyer's language and travels inside the UBL file.
 */
@HttpTest
class PeppolDocumentsTests {

	private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

	private static final InvoiceParty SELLER = new InvoiceParty("Voorbeeld Opleidingen vzw",
			new PostalAddress("Kerkstraat 1", "9000", "Gent", "BE"), "BE0403019261", "0403.019.261",
			new PeppolId("0208", "0403019261"), "facturen@voorbeeld-opleidingen.example");

	private static final InvoiceParty BUSINESS = new InvoiceParty("Voorbeeld Bouw nv",
			new PostalAddress("Stationsstraat 12", "2800", "Mechelen", "BE"), "BE0202239951", "0202.239.951",
			new PeppolId("0208", "0202239951"), null);

	private static final String ART_44 = "Vrijgesteld van btw – art. 44 W.BTW";

	private static final List<InvoiceLine> LINES = List.of(
			new InvoiceLine(1, "Basisopleiding VCA, 3 en 4 maart 2026", 2, 45000, VatCategory.EXEMPT, BigDecimal.ZERO,
					"VATEX-EU-132-1I", ART_44),
			new InvoiceLine(2, "Cursusmap en lunch", 1, 27500, VatCategory.STANDARD, new BigDecimal("21"), null, null));

	@Autowired
	InvoiceDocuments documents;

	@Autowired
	MessageSource messages;

	@Test
	void aBelgianBusinessInvoiceWithAStandardAndAnExemptLinePassesPeppolBisBilling3() {
		IssuedDocuments issued = this.documents.produce(invoice(BUSINESS, LINES));

		ValidationResultList results = officialCheck(issued.ubl(),
				PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3);
		assertThat(results.getAllErrors()).isEmpty();
		Document ubl = parse(issued.ubl());
		assertThat(text(ubl, "CustomizationID"))
			.isEqualTo("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
		assertThat(text(ubl, "PaymentID")).isEqualTo("000001234526");
		assertThat(text(ubl, "TaxExemptionReasonCode")).isEqualTo("VATEX-EU-132-1I");
		assertThat(text(ubl, "PayableAmount")).isEqualTo("1232.75");
	}

	@Test
	void aCreditNoteCorrectingTheInvoicePassesPeppolBisBilling3() {
		Invoice creditNote = new Invoice(DocumentKind.CREDIT_NOTE, "2026-000124", LocalDate.of(2026, 3, 9),
				LocalDate.of(2026, 4, 8), "EUR", SELLER, BUSINESS, "PO-4711", null, "2026-000123",
				LocalDate.of(2026, 3, 2), StructuredReference.of(12346), "BE68539007547034", "GKCCBEBB", "nl",
				LINES.subList(0, 1));

		IssuedDocuments issued = this.documents.produce(creditNote);

		assertThat(
				officialCheck(issued.ubl(), PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3).getAllErrors())
			.isEmpty();
		Document ubl = parse(issued.ubl());
		assertThat(text(ubl, "CreditNoteTypeCode")).isEqualTo("381");
		assertThat(ubl.getElementsByTagNameNS("*", "InvoiceDocumentReference").item(0).getTextContent())
			.contains("2026-000123", "2026-03-02");
		assertThat(PdfText.of(issued.pdf())).contains("Creditnota", "Corrigeert factuur 2026-000123 van 2 maart 2026");
	}

	@Test
	void inCompanyTrainingForADutchBusinessIsReverseChargedAndPassesPeppolBisBilling3() {
		InvoiceParty dutch = new InvoiceParty("Voorbeeld Techniek B.V.",
				new PostalAddress("Stationsplein 5", "3511 ED", "Utrecht", "NL"), "NL001234567B01", "12345678",
				new PeppolId("0106", "12345678"), null);
		List<InvoiceLine> inCompany = List.of(new InvoiceLine(1, "Opleiding op locatie, 10 maart 2026", 1, 180000,
				VatCategory.REVERSE_CHARGE, BigDecimal.ZERO, null, null));

		IssuedDocuments issued = this.documents.produce(invoice(dutch, inCompany));

		assertThat(officialCheck(issued.ubl(), PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3).getAllErrors())
			.isEmpty();
		assertThat(text(parse(issued.ubl()), "TaxExemptionReasonCode")).isEqualTo("VATEX-EU-AE");
		assertThat(PdfText.of(issued.pdf())).contains("Btw verlegd: verschuldigd door de medecontractant", "Nederland");
	}

	@Test
	void aPrivatePersonWithoutPeppolIdIsInvoicedInEn16931WhichPassesItsRules() {
		InvoiceParty person = new InvoiceParty("An Peeters", new PostalAddress("Dorpsstraat 3", "3000", "Leuven", "BE"),
				null, null, null, "an.peeters@example.org");

		IssuedDocuments issued = this.documents.produce(invoice(person, LINES));

		assertThat(officialCheck(issued.ubl(), EN16931Validation.VID_UBL_INVOICE_1316).getAllErrors()).isEmpty();
		// Peppol refuses an e-mail address as the buyer's electronic address, and asks
		// for one.
		assertThat(officialCheck(issued.ubl(), PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3).getAllErrors()
			.stream()
			.map(error -> error.getErrorID())).contains("PEPPOL-EN16931-CL008");
		assertThat(text(parse(issued.ubl()), "CustomizationID")).isEqualTo("urn:cen.eu:en16931:2017");
	}

	@Test
	void anExemptLineWithoutItsReasonIsRefusedNamingBrE10() {
		List<InvoiceLine> withoutReason = List
			.of(new InvoiceLine(1, "Basisopleiding VCA", 2, 45000, VatCategory.EXEMPT, BigDecimal.ZERO, null, null));

		InvoiceBreaksRules refused = catchThrowableOfType(InvoiceBreaksRules.class,
				() -> this.documents.produce(invoice(BUSINESS, withoutReason)));

		assertThat(refused.rules()).extracting(BrokenRule::id).containsExactly("BR-E-10");
		BrokenRule rule = refused.rules().get(0);
		assertThat(rule.text())
			.startsWith("A VAT breakdown (BG-23) with VAT Category code (BT-118) \"Exempt from VAT\"");
		assertThat(rule.location()).endsWith("cac:TaxSubtotal[1]/cac:TaxCategory[1]");
		Locale dutch = Locale.forLanguageTag("nl");
		assertThat(this.messages.getMessage("problem." + refused.slug(), refused.arguments(dutch), dutch))
			.startsWith("Niet uitgereikt: de factuur breekt regel BR-E-10: A VAT breakdown");
	}

	@Test
	void aBuyerPeppolIdWithAWrongEnterpriseNumberCheckIsRefusedWithTheRuleNamed() {
		InvoiceParty wrongCheck = new InvoiceParty("Voorbeeld Bouw nv",
				new PostalAddress("Stationsstraat 12", "2800", "Mechelen", "BE"), "BE0202239951", "0202.239.951",
				new PeppolId("0208", "0202239952"), null);

		InvoiceBreaksRules refused = catchThrowableOfType(InvoiceBreaksRules.class,
				() -> this.documents.produce(invoice(wrongCheck, LINES)));

		assertThat(refused.rules()).extracting(BrokenRule::id).containsExactly("PEPPOL-COMMON-R043");
		assertThat(refused.rules().get(0).location())
			.endsWith("cac:AccountingCustomerParty[1]/cac:Party[1]/cbc:EndpointID[1]");
	}

	@Test
	void aBusinessWithoutPeppolIdIsRefusedRatherThanInvoicedOutsidePeppol() {
		InvoiceParty withoutPeppolId = new InvoiceParty("Voorbeeld Bouw nv",
				new PostalAddress("Stationsstraat 12", "2800", "Mechelen", "BE"), "BE0202239951", "0202.239.951", null,
				null);

		InvoiceBreaksRules refused = catchThrowableOfType(InvoiceBreaksRules.class,
				() -> this.documents.produce(invoice(withoutPeppolId, LINES)));

		assertThat(refused.rules()).extracting(BrokenRule::id).contains("PEPPOL-EN16931-R010");
	}

	@Test
	void thePdfHoldsTheNumberTheStructuredCommunicationTheExemptionReasonAndTheTotalInBelgianDutch() {
		IssuedDocuments issued = this.documents.produce(invoice(BUSINESS, LINES));

		String text = PdfText.of(issued.pdf()).replace('\u00A0', ' ');
		assertThat(text).contains("Factuur", "2026-000123", "+++000/0012/34526+++", ART_44, "Te betalen € 1.232,75",
				"Vervaldatum 1 april 2026", "BE68 5390 0754 7034", "GKCCBEBB", "Ondernemingsnummer 0403.019.261",
				"Btw BE0202239951", "PO-4711");
	}

	@Test
	void theFrenchPdfWritesAmountsAndDaysInFrench() {
		Invoice french = new Invoice(DocumentKind.INVOICE, "2026-000125", LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 4, 1), "EUR", SELLER, BUSINESS, "PO-4711", null, null, null,
				StructuredReference.of(12347), "BE68539007547034", null, "fr", LINES);

		String text = PdfText.of(this.documents.produce(french).pdf()).replace('\u00A0', ' ');

		assertThat(text).contains("Facture", "À payer 1 232,75 €", "Date d'échéance 1 avril 2026");
	}

	@Test
	void theUblFileCarriesThePdfReturned() {
		IssuedDocuments issued = this.documents.produce(invoice(BUSINESS, LINES));

		Element embedded = (Element) parse(issued.ubl()).getElementsByTagNameNS(CBC, "EmbeddedDocumentBinaryObject")
			.item(0);
		assertThat(embedded.getAttribute("mimeCode")).isEqualTo("application/pdf");
		assertThat(Base64.getMimeDecoder().decode(embedded.getTextContent())).isEqualTo(issued.pdf());
	}

	private static Invoice invoice(InvoiceParty buyer, List<InvoiceLine> lines) {
		return new Invoice(DocumentKind.INVOICE, "2026-000123", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
				"EUR", SELLER, buyer, "PO-4711", null, null, null, StructuredReference.of(12345), "BE68539007547034",
				"GKCCBEBB", "nl", lines);
	}

	private static ValidationResultList officialCheck(byte[] ubl, DVRCoordinate rules) {
		return OfficialRules.check(ubl, rules);
	}

	private static Document parse(byte[] xml) {
		return OfficialRules.parse(xml);
	}

	private static String text(Document document, String basicComponent) {
		return document.getElementsByTagNameNS(CBC, basicComponent).item(0).getTextContent();
	}

}
