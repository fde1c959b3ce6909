package org.tutela.billing;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What is owed on an issued invoice: what it asks, what has been paid, what its issued
 * credit notes took off and what is open (in cents), whether it is paid, partly paid or
 * unpaid and overdue, the reminders sent and the day of the last, and whether it is ready
 * to be handed over for collection (the pack's days after the last reminder have passed,
 * and it was not handed over yet), and whether it was; the step of the reminders whose
 * day has come for a buyer without an e-mail address, who is reminded by letter (0 when
 * none waits).
 */
public record InvoiceStanding(UUID id, String number, String buyer, LocalDate issueDate, LocalDate dueDate,
		long payableCents, long paidCents, long creditedCents, long openCents, State state, boolean overdue,
		int remindersSent, @Nullable LocalDate lastReminder, boolean readyForHandOver, boolean handedOver,
		int letterDue) {

	/** Paid in full, in part, or not at all; or credited in full with nothing paid. */
	public enum State {

		PAID, PARTLY_PAID, UNPAID, CREDITED

	}

}
