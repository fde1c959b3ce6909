package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * The UBL file could not be left in the access point's folder (it is missing, full or not
 * writable): nothing is recorded as sent; send again once the folder is back.
 */
public class PeppolHandOverFailed extends Conflict {

	public PeppolHandOverFailed(String number) {
		super("peppol-hand-over-failed", number);
	}

}
