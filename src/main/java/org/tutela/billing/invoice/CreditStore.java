package org.tutela.billing.invoice;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lines of issued invoices that no credit note holds yet, drafted or issued: what an
 * invoice still holds to credit.
 */
@Repository
class CreditStore {

	private static final String UNCREDITED = """
			SELECT l.invoice_id, l.position, l.registration_id
			FROM billing_invoice_line l JOIN billing_invoice i ON i.id = l.invoice_id
			WHERE i.kind = 'INVOICE' AND i.number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM billing_invoice_line c
				WHERE c.credited_invoice_id = l.invoice_id AND c.credited_position = l.position)""";

	private final JdbcClient jdbc;

	CreditStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The registrations' lines of issued invoices not credited yet, by the invoices'
	 * numbers.
	 */
	List<IssuedLine> registrationLines() {
		return this.jdbc
			.sql(UNCREDITED + " AND l.registration_id IS NOT NULL ORDER BY i.invoice_year, "
					+ "i.sequence_number, l.position")
			.query((row, number) -> new IssuedLine(row.getObject("invoice_id", UUID.class), row.getInt("position"),
					row.getObject("registration_id", UUID.class)))
			.list();
	}

	/** The positions of the invoice's lines not credited yet. */
	List<Integer> uncredited(UUID invoice) {
		return this.jdbc.sql(UNCREDITED + " AND l.invoice_id = :invoice ORDER BY l.position")
			.param("invoice", invoice)
			.query((row, number) -> row.getInt("position"))
			.list();
	}

	/** A line of an issued invoice, with the registration it charges, if any. */
	record IssuedLine(UUID invoice, int position, UUID registration) {
	}

}
