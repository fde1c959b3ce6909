package org.tutela.billing.invoice;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.billing.InvoiceNumberingBusy;

/**
 * The numbers of each year's invoices, one after the other without gaps (VAT Directive
 * Art. 226(2)): the year's row is updated, and so locked, in the transaction that issues
 * the invoice, so that another issue waits for it, and a failed issue gives its number
 * back as it rolls back.
 */
@Component
class InvoiceCounter {

	private final JdbcClient jdbc;

	InvoiceCounter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's next number, held until the transaction ends; refused when another issue
	 * holds the year longer than the database waits.
	 */
	int next(int year) {
		try {
			return taken(year);
		}
		catch (TransientDataAccessException busy) {
			throw new InvoiceNumberingBusy();
		}
	}

	private int taken(int year) {
		if (increment(year) == 0) {
			// The year's first invoice; another issue that made the row meanwhile holds
			// it until it ends, and this one then counts on from there.
			int made = this.jdbc.sql("""
					INSERT INTO billing_invoice_counter (invoice_year, last_number) VALUES (:year, 1)
					ON CONFLICT DO NOTHING""").param("year", year).update();
			if (made == 0) {
				increment(year);
			}
		}
		return this.jdbc.sql("SELECT last_number FROM billing_invoice_counter WHERE invoice_year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	private int increment(int year) {
		return this.jdbc
			.sql("UPDATE billing_invoice_counter SET last_number = last_number + 1 WHERE invoice_year = :year")
			.param("year", year)
			.update();
	}

}
