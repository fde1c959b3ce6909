package org.tutela.billing;

/**
 * How an issued invoice or credit note is sent: by e-mail with its PDF, or over Peppol as
 * its UBL file.
 */
public enum SendingChannel {

	EMAIL, PEPPOL

}
