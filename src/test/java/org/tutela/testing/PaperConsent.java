package org.tutela.testing;

import org.tutela.consent.Channel;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;

/**
 * Consent as staff record it from a signed paper form: the text on the form and where the
 * form is kept.
 */
public final class PaperConsent {

	private PaperConsent() {
	}

	public static Evidence signed(ConsentLedger ledger, String purpose) {
		return Evidence.received(Channel.PAPER, ledger.shown(purpose, "en", "I agree to " + purpose + ".").id(),
				"signed form in the test folder");
	}

}
