package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * Peppol sending is off: no folder of an access point is configured
 * ({@code tutela.billing.peppol.outbox}); documents go by e-mail only.
 */
public class PeppolSendingOff extends Conflict {

	public PeppolSendingOff() {
		super("peppol-sending-off");
	}

}
