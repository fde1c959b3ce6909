package org.tutela.billing;

/**
 * What became of a sending: an e-mail queued in the mail outbox, which sends it within
 * seconds and retries while the mail server is away; a UBL file handed to the Peppol
 * access point, until it answers that the document was delivered, or failed, with its
 * reason.
 */
public enum SendingStatus {

	QUEUED, HANDED, DELIVERED, FAILED

}
