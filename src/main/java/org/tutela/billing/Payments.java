package org.tutela.billing;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.billing.payment.Reconciling;
import org.tutela.billing.payment.ReminderLetters;

/**
 * What is owed, for finance: bank statements (ISO 20022 camt.053) imported and their
 * transfers booked against the issued invoices by structured communication and amount,
 * the transfers left for finance to assign, and per invoice what is paid, what is open
 * and its reminders (MEZ-5). Every change is in the audit trail, and so is every list
 * that shows who paid from which account.
 */
@Service
public class Payments {

	private final Reconciling reconciling;

	private final ReminderLetters letters;

	Payments(Reconciling reconciling, ReminderLetters letters) {
		this.reconciling = reconciling;
		this.letters = letters;
	}

	/**
	 * Imports a camt.053 statement file: all of it booked, or refused with the line and
	 * element at fault ({@link StatementRefused}) and nothing booked. Its entries booked
	 * before are not booked again.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public StatementImport importStatement(byte[] file) {
		return this.reconciling.importFile(file);
	}

	/** The transfers waiting for finance, the latest first. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<ReceivedTransfer> unmatched() {
		return this.reconciling.transfers(ReceivedTransfer.Status.UNMATCHED, 500);
	}

	/** The transfers that pay an invoice, the latest first, at most {@code limit}. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<ReceivedTransfer> matched(int limit) {
		return this.reconciling.transfers(ReceivedTransfer.Status.MATCHED, limit);
	}

	/**
	 * Assigns a transfer waiting for finance to an issued invoice; refused when more is
	 * transferred than is open of it ({@link PaymentExceedsOpenAmount}) or the transfer
	 * is settled already ({@link PaymentSettled}).
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public void assign(UUID transfer, UUID invoice) {
		this.reconciling.assign(transfer, invoice);
	}

	/** Marks a transfer waiting for finance as not a payment of an invoice. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public void notOurs(UUID transfer) {
		this.reconciling.dismiss(transfer);
	}

	/** What is owed on an issued invoice. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public InvoiceStanding standing(UUID invoice) {
		return this.reconciling.standing(invoice);
	}

	/**
	 * The reminder due for an invoice whose buyer has no e-mail address, as a letter to
	 * post (PDF); the step is recorded as sent. Refused when none is due
	 * ({@link ReminderLetterNotDue}).
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public byte[] reminderLetter(UUID invoice) {
		return this.letters.print(invoice);
	}

	/** The issued invoices with something left to pay, the oldest due first. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<InvoiceStanding> unpaid() {
		return this.reconciling.unpaid();
	}

}
