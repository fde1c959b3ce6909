package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * Only a Peppol BIS Billing 3.0 document goes over Peppol: a private person's EN 16931
 * document, for a buyer on no Peppol network, goes by e-mail only.
 */
public class NotForPeppol extends Conflict {

	public NotForPeppol(String number) {
		super("invoice-not-for-peppol", number);
	}

}
