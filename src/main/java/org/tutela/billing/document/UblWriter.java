package org.tutela.billing.document;

import java.math.BigDecimal;

import com.helger.jaxb.GenericJAXBMarshaller;
import com.helger.ubl21.UBL21Marshaller;
import com.helger.ubl21.helper.UBL21InvoiceHelper;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AttachmentType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EmbeddedDocumentBinaryObjectType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.Invoice;
import org.tutela.billing.InvoiceLine;

/**
 * Writes an invoice or credit note as UBL 2.1 in the specification it follows (Peppol BIS
 * Billing 3.0, or EN 16931 for a private person), with its PDF embedded: Belgian buyers
 * read the PDF from the UBL file.
 */
final class UblWriter {

	/** Quantities are counted in units: "one" in UN/ECE Recommendation 20. */
	private static final String UNIT = "C62";

	/** A credit transfer in UNCL 4461, paid with the structured communication. */
	private static final String CREDIT_TRANSFER = "30";

	private UblWriter() {
	}

	static byte[] write(Invoice invoice, Specification specification, byte[] pdf) {
		InvoiceType document = document(invoice, specification, pdf);
		if (invoice.kind() == DocumentKind.INVOICE) {
			return bytes(UBL21Marshaller.invoice(), document);
		}
		CreditNoteType creditNote = new CreditNoteType();
		UBL21InvoiceHelper.cloneInvoiceToCreditNote(document, creditNote);
		// UBL 2.1 keeps a credit note's due date with its payment means.
		creditNote.getPaymentMeansAtIndex(0).setPaymentDueDate(invoice.dueDate());
		return bytes(UBL21Marshaller.creditNote(), creditNote);
	}

	/**
	 * The document's bytes; the rules (with the UBL schema) are checked on them
	 * afterwards, so JAXB does not check the schema a second time.
	 */
	private static <T> byte[] bytes(GenericJAXBMarshaller<T> marshaller, T document) {
		byte[] written = marshaller.setUseSchema(false).getAsBytes(document);
		if (written == null) {
			throw new IllegalStateException("UBL document not written");
		}
		return written;
	}

	private static InvoiceType document(Invoice invoice, Specification specification, byte[] pdf) {
		InvoiceType ubl = new InvoiceType();
		ubl.setCustomizationID(specification.customization());
		if (specification.profile() != null) {
			ubl.setProfileID(specification.profile());
		}
		ubl.setID(invoice.number());
		ubl.setIssueDate(invoice.issueDate());
		ubl.setDueDate(invoice.dueDate());
		ubl.setInvoiceTypeCode(invoice.kind().code());
		if (invoice.note() != null) {
			ubl.addNote(new NoteType(invoice.note()));
		}
		ubl.setDocumentCurrencyCode(invoice.currency());
		if (invoice.buyerReference() != null) {
			ubl.setBuyerReference(invoice.buyerReference());
		}
		if (invoice.orderReference() != null) {
			OrderReferenceType order = new OrderReferenceType();
			order.setID(invoice.orderReference());
			ubl.setOrderReference(order);
		}
		if (invoice.corrects() != null) {
			ubl.addBillingReference(corrected(invoice));
		}
		ubl.addAdditionalDocumentReference(embedded(invoice, pdf));
		ubl.setAccountingSupplierParty(UblParties.seller(invoice.seller()));
		ubl.setAccountingCustomerParty(UblParties.buyer(invoice.buyer()));
		ubl.addPaymentMeans(payment(invoice));
		ubl.addTaxTotal(UblTax.total(invoice));
		ubl.setLegalMonetaryTotal(totals(invoice));
		invoice.lines().forEach(line -> ubl.addInvoiceLine(line(invoice.currency(), line)));
		return ubl;
	}

	private static BillingReferenceType corrected(Invoice invoice) {
		DocumentReferenceType corrected = new DocumentReferenceType();
		corrected.setID(invoice.corrects());
		if (invoice.correctsIssueDate() != null) {
			corrected.setIssueDate(invoice.correctsIssueDate());
		}
		BillingReferenceType reference = new BillingReferenceType();
		reference.setInvoiceDocumentReference(corrected);
		return reference;
	}

	private static DocumentReferenceType embedded(Invoice invoice, byte[] pdf) {
		EmbeddedDocumentBinaryObjectType content = new EmbeddedDocumentBinaryObjectType();
		content.setValue(pdf);
		content.setMimeCode("application/pdf");
		content.setFilename(invoice.number() + ".pdf");
		AttachmentType attachment = new AttachmentType();
		attachment.setEmbeddedDocumentBinaryObject(content);
		DocumentReferenceType reference = new DocumentReferenceType();
		reference.setID(invoice.number());
		reference.setAttachment(attachment);
		return reference;
	}

	private static PaymentMeansType payment(Invoice invoice) {
		FinancialAccountType account = new FinancialAccountType();
		account.setID(invoice.iban());
		if (invoice.bic() != null) {
			BranchType branch = new BranchType();
			branch.setID(invoice.bic());
			account.setFinancialInstitutionBranch(branch);
		}
		PaymentMeansType means = new PaymentMeansType();
		means.setPaymentMeansCode(CREDIT_TRANSFER);
		means.addPaymentID(new PaymentIDType(invoice.paymentReference().digits()));
		means.setPayeeFinancialAccount(account);
		return means;
	}

	private static MonetaryTotalType totals(Invoice invoice) {
		MonetaryTotalType totals = new MonetaryTotalType();
		totals.setLineExtensionAmount(money(invoice.netCents())).setCurrencyID(invoice.currency());
		totals.setTaxExclusiveAmount(money(invoice.netCents())).setCurrencyID(invoice.currency());
		totals.setTaxInclusiveAmount(money(invoice.payableCents())).setCurrencyID(invoice.currency());
		totals.setPayableAmount(money(invoice.payableCents())).setCurrencyID(invoice.currency());
		return totals;
	}

	private static InvoiceLineType line(String currency, InvoiceLine line) {
		InvoiceLineType ubl = new InvoiceLineType();
		ubl.setID(Integer.toString(line.position()));
		ubl.setInvoicedQuantity(BigDecimal.valueOf(line.quantity())).setUnitCode(UNIT);
		ubl.setLineExtensionAmount(money(line.netCents())).setCurrencyID(currency);
		ItemType item = new ItemType();
		item.setName(line.description());
		item.addClassifiedTaxCategory(UblTax.category(line.category(), line.rate()));
		ubl.setItem(item);
		PriceType price = new PriceType();
		price.setPriceAmount(money(line.unitPriceCents())).setCurrencyID(currency);
		ubl.setPrice(price);
		return ubl;
	}

	/** Cents as an amount with two decimals, as EN 16931 writes every amount. */
	static BigDecimal money(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

}
