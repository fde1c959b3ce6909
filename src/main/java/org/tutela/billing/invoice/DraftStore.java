package org.tutela.billing.invoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.InvoiceIssued;
import org.tutela.billing.InvoiceLine;
import org.tutela.billing.InvoiceNotFound;
import org.tutela.billing.VatCategory;
import org.tutela.personaldata.PersonId;

/** Invoices as drafted, with their lines; the issued ones' headings too. */
@Repository
class DraftStore {

	private static final String HEADING = "SELECT id, organisation_id, person_id, billing_month, language, number,"
			+ " kind, corrects_id, credit_reason, membership_year FROM billing_invoice";

	private final JdbcClient jdbc;

	DraftStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Those of the registrations an invoice holds already, drafted or issued. */
	Set<UUID> invoiced(Collection<UUID> registrations) {
		if (registrations.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc
			.sql("SELECT registration_id FROM billing_invoice_line WHERE registration_id IN (:registrations)")
			.param("registrations", registrations)
			.query(UUID.class)
			.list());
	}

	/** The buyer's draft for the month's registrations, if one is open. */
	Optional<UUID> open(Buyer buyer, LocalDate month) {
		return this.jdbc
			.sql("SELECT id FROM billing_invoice WHERE "
					+ (buyer.organisation() != null ? "organisation_id = :buyer" : "person_id = :buyer")
					+ " AND billing_month = :month AND kind = 'INVOICE' AND number IS NULL ORDER BY drafted_at, id")
			.param("buyer", buyer.organisation() != null ? buyer.organisation() : buyer.person().value())
			.param("month", month)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst();
	}

	/** The members whose fee for the year an invoice holds already, drafted or issued. */
	Set<UUID> feesInvoiced(int year) {
		return Set.copyOf(this.jdbc.sql("SELECT organisation_id FROM billing_invoice WHERE membership_year = :year")
			.param("year", year)
			.query(UUID.class)
			.list());
	}

	/**
	 * Starts an invoice: for the month's registrations, for a member's fee of the year (a
	 * second one of the same member and year is refused by the database), or for an order
	 * when it names neither.
	 */
	UUID draft(Buyer buyer, @Nullable LocalDate month, @Nullable Integer membershipYear, String language, String by,
			Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO billing_invoice (id, organisation_id, person_id, billing_month, membership_year, language,
					drafted_by, drafted_at)
				VALUES (:id, :organisation, :person, :month, :year, :language, :by, :at)""")
			.param("id", id)
			.param("organisation", buyer.organisation())
			.param("person", buyer.person() == null ? null : buyer.person().value())
			.param("month", month)
			.param("year", membershipYear)
			.param("language", language)
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	/**
	 * Starts a credit note correcting the issued invoice, for its buyer and in its
	 * language, with the reason finance gives, if any.
	 */
	UUID creditNote(Draft invoice, @Nullable String reason, String by, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO billing_invoice (id, organisation_id, person_id, language, drafted_by, drafted_at, kind,
					corrects_id, credit_reason)
				VALUES (:id, :organisation, :person, :language, :by, :at, 'CREDIT_NOTE', :corrects, :reason)""")
			.param("id", id)
			.param("organisation", invoice.buyer().organisation())
			.param("person", invoice.buyer().person() == null ? null : invoice.buyer().person().value())
			.param("language", invoice.language())
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("corrects", invoice.id())
			.param("reason", reason)
			.update();
		return id;
	}

	/**
	 * Adds to the credit note, after its last line, the invoice's line as it was issued:
	 * its description, quantity, price and VAT, naming the line it credits; a line
	 * another credit note holds is refused by the database.
	 */
	void credit(UUID creditNote, UUID invoice, int position) {
		this.jdbc
			.sql("""
					INSERT INTO billing_invoice_line (invoice_id, position, participant_id, description, quantity,
						unit_price_cents, vat_category, vat_rate, exemption_code, exemption_reason, credited_invoice_id,
						credited_position)
					SELECT :note, (SELECT COALESCE(MAX(position), 0) + 1 FROM billing_invoice_line WHERE invoice_id = :note),
						participant_id, description, quantity, unit_price_cents, vat_category, vat_rate, exemption_code,
						exemption_reason, invoice_id, position
					FROM billing_invoice_line WHERE invoice_id = :invoice AND position = :position""")
			.param("note", creditNote)
			.param("invoice", invoice)
			.param("position", position)
			.update();
	}

	/** Adds the line after the draft's last. */
	void add(UUID invoice, DraftLine line) {
		this.jdbc.sql("""
				INSERT INTO billing_invoice_line (invoice_id, position, registration_id, participant_id, description,
					quantity, unit_price_cents, vat_category, vat_rate, exemption_code, exemption_reason)
				SELECT :invoice, COALESCE(MAX(position), 0) + 1, :registration, :participant, :description, :quantity,
					:price, :category, :rate, :exemptionCode, :exemptionReason
				FROM billing_invoice_line WHERE invoice_id = :invoice""")
			.param("invoice", invoice)
			.param("registration", line.registration())
			.param("participant", line.participant() == null ? null : line.participant().value())
			.param("description", line.description())
			.param("quantity", line.quantity())
			.param("price", line.unitPriceCents())
			.param("category", line.vat().category().code())
			.param("rate", line.vat().rate())
			.param("exemptionCode", line.vat().exemptionCode())
			.param("exemptionReason", line.vat().exemptionReason())
			.update();
	}

	Optional<Draft> find(UUID id) {
		return this.jdbc.sql(HEADING + " WHERE id = :id").param("id", id).query(DraftStore::draft).optional();
	}

	/**
	 * Whether the retention rule has anonymised the issued invoice: it is kept for the
	 * accounts only, neither sent nor credited again.
	 */
	boolean anonymised(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE id = :id AND anonymised_on IS NOT NULL")
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

	/** A draft, not yet issued. */
	Draft open(UUID id) {
		Draft draft = find(id).orElseThrow(() -> new InvoiceNotFound(id));
		if (draft.number() != null) {
			throw new InvoiceIssued(draft.number());
		}
		return draft;
	}

	/** The invoices not issued yet, oldest first. */
	List<Draft> drafts() {
		return this.jdbc.sql(HEADING + " WHERE number IS NULL ORDER BY drafted_at, id").query(DraftStore::draft).list();
	}

	List<InvoiceLine> lines(UUID invoice) {
		return this.jdbc.sql("""
				SELECT position, description, quantity, unit_price_cents, vat_category, vat_rate, exemption_code,
					exemption_reason FROM billing_invoice_line WHERE invoice_id = :invoice ORDER BY position""")
			.param("invoice", invoice)
			.query((row, number) -> new InvoiceLine(row.getInt("position"), row.getString("description"),
					row.getInt("quantity"), row.getLong("unit_price_cents"), category(row.getString("vat_category")),
					row.getBigDecimal("vat_rate"), row.getString("exemption_code"), row.getString("exemption_reason")))
			.list();
	}

	/** The participants the invoice's lines name. */
	List<PersonId> participants(UUID invoice) {
		return this.jdbc.sql("""
				SELECT DISTINCT participant_id FROM billing_invoice_line
				WHERE invoice_id = :invoice AND participant_id IS NOT NULL""")
			.param("invoice", invoice)
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::of)
			.toList();
	}

	/** Deletes a draft with its lines; an issued invoice stays as it is. */
	void discard(UUID invoice) {
		this.jdbc.sql("""
				DELETE FROM billing_invoice_line WHERE invoice_id IN
					(SELECT id FROM billing_invoice WHERE id = :invoice AND number IS NULL)""")
			.param("invoice", invoice)
			.update();
		this.jdbc.sql("DELETE FROM billing_invoice WHERE id = :invoice AND number IS NULL")
			.param("invoice", invoice)
			.update();
	}

	private static VatCategory category(String code) {
		for (VatCategory category : VatCategory.values()) {
			if (category.code().equals(code)) {
				return category;
			}
		}
		throw new IllegalStateException("Unknown VAT category " + code);
	}

	private static Draft draft(ResultSet row, int number) throws SQLException {
		return new Draft(row.getObject("id", UUID.class),
				new Buyer(row.getObject("organisation_id", UUID.class),
						PersonId.ofNullable(row.getObject("person_id", UUID.class))),
				row.getObject("billing_month", LocalDate.class), row.getObject("membership_year", Integer.class),
				row.getString("language"), row.getString("number"), DocumentKind.valueOf(row.getString("kind")),
				row.getObject("corrects_id", UUID.class), row.getString("credit_reason"));
	}

}
