package org.tutela.billing;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.billing.invoice.AccountantExports;

/**
 * The accountant's files for a period of issue dates, for finance: the invoices as CSV,
 * and their UBL files in a ZIP archive. Each export is in the audit trail with the
 * persons its files name.
 */
@Service
public class InvoiceExports {

	private final AccountantExports exports;

	InvoiceExports(AccountantExports exports) {
		this.exports = exports;
	}

	/** The invoices issued from one day to the other, both included, as CSV. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public void csv(Period period, Locale locale, OutputStream out) {
		this.exports.csv(period.from(), period.to(), locale, out);
	}

	/** The UBL files of the invoices issued from one day to the other, zipped. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public void ubl(Period period, OutputStream out) {
		this.exports.ubl(period.from(), period.to(), out);
	}

	/** The days of issue an export covers, both included; the file's name says them. */
	public record Period(LocalDate from, LocalDate to) {

		public String fileName(String kind, String extension) {
			return kind + "-" + this.from + "-" + this.to + "." + extension;
		}

	}

}
