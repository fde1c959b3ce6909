package org.tutela.retention;

/**
 * Why staff placed a legal hold on a person's records. An open data-subject request holds
 * them by itself.
 */
public enum HoldReason {

	DISPUTE, UNPAID_INVOICE, AUTHORITY_REQUEST

}
