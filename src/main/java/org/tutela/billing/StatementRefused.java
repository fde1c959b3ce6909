package org.tutela.billing;

import org.tutela.platform.problem.DomainProblem;

/**
 * A bank statement file that cannot be imported, with the line and the field where it
 * goes wrong: not a camt.053 statement, XML that does not parse, an amount with more than
 * two decimals or in another currency than the euro, an entry without what a payment
 * needs. Nothing of the file is booked.
 */
public class StatementRefused extends DomainProblem {

	private final int line;

	private final String field;

	public StatementRefused(Reason reason, int line, String field) {
		super("statement-" + reason.slug, line, field);
		this.line = line;
		this.field = field;
	}

	public int line() {
		return this.line;
	}

	public String field() {
		return this.field;
	}

	/**
	 * Why a statement is refused; each has its message under {@code problem.statement-}.
	 */
	public enum Reason {

		/**
		 * Not an ISO 20022 camt.053 statement (another message, or no XML root of one).
		 */
		NOT_CAMT053("not-camt053"),
		/** Not well-formed XML. */
		BROKEN("broken"),
		/** An amount with more than two decimals, zero or negative. */
		AMOUNT("amount"),
		/** An amount in another currency than the euro. */
		CURRENCY("currency"),
		/** A required element missing or unreadable. */
		MISSING("missing"),
		/** An element whose value is not one the standard allows. */
		VALUE("value"),
		/** The same statement being imported by someone else at the same moment. */
		BUSY("busy"),
		/** A file larger than a statement should be, or empty. */
		SIZE("size");

		private final String slug;

		Reason(String slug) {
			this.slug = slug;
		}

	}

}
