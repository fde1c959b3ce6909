package org.tutela.billing.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.Invoice;
import org.tutela.billing.InvoiceParty;
import org.tutela.billing.IssuedInvoice;
import org.tutela.billing.StructuredReference;
import org.tutela.billing.document.InvoiceDocuments.IssuedDocuments;
import org.tutela.personaldata.PersonId;

/**
 * Issued invoices: each draft, once issued, keeps its number, dates, parties, totals and
 * documents as they were that day; no statement here changes an issued one.
 */
@Repository
class IssuedStore {

	private final JdbcClient jdbc;

	IssuedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Issues the draft as the invoice and documents say; refused for one already issued.
	 */
	void issue(UUID draft, int sequence, Invoice invoice, @Nullable String kmoProject, IssuedDocuments documents,
			String by, Instant at) {
		Map<String, Object> values = new HashMap<>();
		values.put("id", draft);
		values.put("year", invoice.issueDate().getYear());
		values.put("sequence", sequence);
		values.put("number", invoice.number());
		values.put("issueDate", invoice.issueDate());
		values.put("dueDate", invoice.dueDate());
		values.put("currency", invoice.currency());
		values.put("paymentReference", invoice.paymentReference().digits());
		values.put("iban", invoice.iban());
		values.put("bic", invoice.bic());
		values.put("buyerReference", invoice.buyerReference());
		values.put("orderReference", invoice.orderReference());
		values.put("kmoProject", kmoProject);
		party("seller", invoice.seller(), values);
		party("buyer", invoice.buyer(), values);
		values.put("buyerEmail", invoice.buyer().email());
		values.put("net", invoice.netCents());
		values.put("vat", invoice.vat().taxCents());
		values.put("payable", invoice.payableCents());
		values.put("ubl", documents.ubl());
		values.put("pdf", documents.pdf());
		values.put("by", by);
		values.put("at", at.atOffset(ZoneOffset.UTC));
		int issued = this.jdbc
			.sql("""
					UPDATE billing_invoice SET invoice_year = :year, sequence_number = :sequence, number = :number,
						issue_date = :issueDate, due_date = :dueDate, currency = :currency, payment_reference = :paymentReference,
						iban = :iban, bic = :bic, buyer_reference = :buyerReference, order_reference = :orderReference,
						kmo_project = :kmoProject,
						seller_name = :sellerName, seller_street = :sellerStreet, seller_postcode = :sellerPostcode,
						seller_city = :sellerCity, seller_country = :sellerCountry, seller_vat_number = :sellerVat,
						seller_enterprise_number = :sellerEnterprise, seller_peppol_scheme = :sellerScheme,
						seller_peppol_value = :sellerPeppol, buyer_name = :buyerName, buyer_street = :buyerStreet,
						buyer_postcode = :buyerPostcode, buyer_city = :buyerCity, buyer_country = :buyerCountry,
						buyer_vat_number = :buyerVat, buyer_enterprise_number = :buyerEnterprise,
						buyer_peppol_scheme = :buyerScheme, buyer_peppol_value = :buyerPeppol, buyer_email = :buyerEmail,
						net_cents = :net, vat_cents = :vat, payable_cents = :payable, ubl = :ubl, pdf = :pdf,
						issued_by = :by, issued_at = :at
					WHERE id = :id AND number IS NULL""")
			.params(values)
			.update();
		if (issued != 1) {
			throw new IllegalStateException("Only a draft is issued");
		}
	}

	private static void party(String prefix, InvoiceParty party, Map<String, Object> values) {
		values.put(prefix + "Name", party.name());
		values.put(prefix + "Street", party.address().street());
		values.put(prefix + "Postcode", party.address().postcode());
		values.put(prefix + "City", party.address().city());
		values.put(prefix + "Country", party.address().country());
		values.put(prefix + "Vat", party.vatNumber());
		values.put(prefix + "Enterprise", party.enterpriseNumber());
		values.put(prefix + "Scheme", party.peppolId() == null ? null : party.peppolId().scheme());
		values.put(prefix + "Peppol", party.peppolId() == null ? null : party.peppolId().value());
	}

	/**
	 * The year's issued invoices by number, with the private person each is for, if any.
	 */
	List<Listed> ofYear(int year) {
		return listed("i.invoice_year = :year", "year", year);
	}

	/** An issued invoice or credit note, with the private person it is for, if any. */
	Optional<Listed> one(UUID invoice) {
		return listed("i.id = :id AND i.number IS NOT NULL", "id", invoice).stream().findFirst();
	}

	private List<Listed> listed(String condition, String name, Object value) {
		return this.jdbc.sql("""
				SELECT i.id, i.person_id, i.number, i.issue_date, i.due_date, i.buyer_name, i.payable_cents,
					i.payment_reference, i.kind, c.number AS corrects
				FROM billing_invoice i LEFT JOIN billing_invoice c ON c.id = i.corrects_id
				WHERE %s ORDER BY i.sequence_number""".formatted(condition))
			.param(name, value)
			.query((row,
					number) -> new Listed(new IssuedInvoice(row.getObject("id", UUID.class), row.getString("number"),
							row.getObject("issue_date", LocalDate.class), row.getObject("due_date", LocalDate.class),
							row.getString("buyer_name"), row.getLong("payable_cents"),
							new StructuredReference(row.getString("payment_reference")).toString(),
							DocumentKind.valueOf(row.getString("kind")), row.getString("corrects")),
							PersonId.ofNullable(row.getObject("person_id", UUID.class))))
			.list();
	}

	/** The number and day of an issued invoice that a credit note corrects. */
	Corrected corrected(UUID invoice) {
		return this.jdbc.sql("SELECT number, issue_date FROM billing_invoice WHERE id = :id AND number IS NOT NULL")
			.param("id", invoice)
			.query((row, number) -> new Corrected(row.getString("number"),
					row.getObject("issue_date", LocalDate.class)))
			.optional()
			.orElseThrow(() -> new IllegalStateException("A credit note corrects an issued invoice"));
	}

	/**
	 * An issued document as it is sent, to the address for invoices it was issued with.
	 */
	Optional<Sendable> sendable(UUID invoice) {
		return this.jdbc.sql("""
				SELECT id, kind, number, language, buyer_email, buyer_peppol_scheme, buyer_peppol_value, person_id,
					seller_name FROM billing_invoice WHERE id = :id""")
			.param("id", invoice)
			.query((row, number) -> new Sendable(row.getObject("id", UUID.class),
					DocumentKind.valueOf(row.getString("kind")), row.getString("number"), row.getString("language"),
					row.getString("buyer_email"),
					row.getString("buyer_peppol_scheme") == null ? null
							: row.getString("buyer_peppol_scheme") + ":" + row.getString("buyer_peppol_value"),
					PersonId.ofNullable(row.getObject("person_id", UUID.class)), row.getString("seller_name")))
			.optional();
	}

	/**
	 * The invoices and credit notes issued from one day to another, both included, by
	 * number, without their documents.
	 */
	List<Booked> between(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT i.id, i.person_id, i.number, i.issue_date, i.due_date, i.buyer_name, i.buyer_vat_number,
					i.net_cents, i.vat_cents, i.payable_cents, i.currency, i.payment_reference, i.kind,
					c.number AS corrects
				FROM billing_invoice i LEFT JOIN billing_invoice c ON c.id = i.corrects_id
				WHERE i.issue_date BETWEEN :from AND :to ORDER BY i.invoice_year, i.sequence_number""")
			.param("from", from)
			.param("to", to)
			.query((row, number) -> new Booked(row.getObject("id", UUID.class),
					PersonId.ofNullable(row.getObject("person_id", UUID.class)), row.getString("number"),
					row.getObject("issue_date", LocalDate.class), row.getObject("due_date", LocalDate.class),
					row.getString("buyer_name"), row.getString("buyer_vat_number"), row.getLong("net_cents"),
					row.getLong("vat_cents"), row.getLong("payable_cents"), row.getString("currency"),
					new StructuredReference(row.getString("payment_reference")),
					DocumentKind.valueOf(row.getString("kind")), row.getString("corrects")))
			.list();
	}

	/**
	 * The persons the invoices issued from one day to another name: their private buyers
	 * and the participants of their lines.
	 */
	List<PersonId> namedBetween(LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT person_id FROM billing_invoice
				WHERE issue_date BETWEEN :from AND :to AND person_id IS NOT NULL
				UNION
				SELECT line.participant_id FROM billing_invoice_line line
				JOIN billing_invoice invoice ON invoice.id = line.invoice_id
				WHERE invoice.issue_date BETWEEN :from AND :to AND line.participant_id IS NOT NULL""")
			.param("from", from)
			.param("to", to)
			.query((row, number) -> new PersonId(row.getObject(1, UUID.class)))
			.list();
	}

	/** One of the issued invoice's documents. */
	Optional<byte[]> document(UUID invoice, Document document) {
		return this.jdbc
			.sql("SELECT " + document.column + " FROM billing_invoice WHERE id = :id AND number IS NOT NULL")
			.param("id", invoice)
			.query(byte[].class)
			.optional();
	}

	/** The documents an invoice is issued as, by their columns. */
	enum Document {

		UBL("ubl"), PDF("pdf");

		private final String column;

		Document(String column) {
			this.column = column;
		}

	}

	/** The invoice a credit note corrects. */
	record Corrected(String number, LocalDate issueDate) {
	}

	/**
	 * An issued invoice or credit note as the accountant's list has it; a credit note
	 * names the invoice it corrects.
	 */
	record Booked(UUID id, @Nullable PersonId person, String number, LocalDate issueDate, LocalDate dueDate,
			String buyer, @Nullable String vatNumber, long netCents, long vatCents, long payableCents, String currency,
			StructuredReference paymentReference, DocumentKind kind, @Nullable String corrects) {
	}

	/** An issued invoice in a list, with the private person it is for. */
	record Listed(IssuedInvoice invoice, @Nullable PersonId person) {
	}

}
