package org.tutela.billing.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.personaldata.PersonId;

/**
 * The invoices that name a person, as the catalogue reaches them: those they are the
 * buyer of, and the lines that name them as a participant.
 */
@Repository
class InvoiceRecords {

	private final JdbcClient jdbc;

	InvoiceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The invoices for the person, without their documents. */
	List<Map<String, Object>> invoicesFor(PersonId person) {
		return this.jdbc
			.sql("""
					SELECT id, kind, number, issue_date, due_date, payment_reference, buyer_reference, order_reference,
						payable_cents, credit_reason, buyer_name, buyer_street, buyer_postcode, buyer_city, buyer_country, buyer_email
					FROM billing_invoice WHERE person_id = :person ORDER BY drafted_at, id""")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/** The sendings of the invoices for the person. */
	List<Map<String, Object>> sendingsFor(PersonId person) {
		return this.jdbc.sql("""
				SELECT s.invoice_id, s.channel, s.recipient, s.status, s.reason, s.sent_at, s.answered_at
				FROM billing_sending s JOIN billing_invoice i ON i.id = s.invoice_id
				WHERE i.person_id = :person ORDER BY s.sent_at, s.id""")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/** The invoice lines that name the person as a participant. */
	List<Map<String, Object>> linesNaming(PersonId person) {
		return this.jdbc.sql("""
				SELECT invoice_id, position, description, quantity, unit_price_cents FROM billing_invoice_line
				WHERE participant_id = :person ORDER BY invoice_id, position""")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/**
	 * The date of the latest issued invoice or credit note, not yet anonymised, for the
	 * person or with a line naming them.
	 */
	Optional<LocalDate> lastIssueNaming(PersonId person) {
		return this.jdbc.sql("""
				SELECT MAX(issue_date) FROM billing_invoice WHERE number IS NOT NULL AND anonymised_on IS NULL
					AND (person_id = :person
						OR id IN (SELECT invoice_id FROM billing_invoice_line WHERE participant_id = :person))""")
			.param("person", person.value())
			.query(LocalDate.class)
			.optional();
	}

	/**
	 * Removes the person from the drafts: their own, and the lines of others' that name
	 * them; a draft left without lines goes too. Issued invoices stay as issued.
	 */
	void eraseFromDrafts(PersonId person) {
		this.jdbc
			.sql("""
					DELETE FROM billing_invoice_line WHERE invoice_id IN (SELECT id FROM billing_invoice WHERE number IS NULL)
						AND (participant_id = :person
							OR invoice_id IN (SELECT id FROM billing_invoice WHERE person_id = :person))""")
			.param("person", person.value())
			.update();
		this.jdbc.sql("""
				DELETE FROM billing_invoice WHERE number IS NULL
					AND NOT EXISTS (SELECT 1 FROM billing_invoice_line l WHERE l.invoice_id = billing_invoice.id)""")
			.update();
	}

	/**
	 * Every invoice for {@code from}, and every line naming them, now for {@code into}.
	 */
	void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE billing_invoice SET person_id = :into WHERE person_id = :from")
			.param("into", into.value())
			.param("from", from.value())
			.update();
		this.jdbc.sql("UPDATE billing_invoice_line SET participant_id = :into WHERE participant_id = :from")
			.param("into", into.value())
			.param("from", from.value())
			.update();
	}

}
