package org.tutela.outreach;

import java.util.UUID;

import org.tutela.register.Activity;
import org.tutela.register.LegalBasis;
import org.tutela.register.PolicyPack;

/** A mailing list serving one activity of the policy pack. */
public record MailingList(UUID id, String code, String name, String activity, ListCategory category) {

	/**
	 * Whether the list rests on consent under the pack: its activity's basis, and consent
	 * where the pack no longer names the activity, the strictest reading.
	 */
	public boolean restsOnConsent(PolicyPack pack) {
		return pack.activity(this.activity).map(Activity::basis).orElse(LegalBasis.CONSENT) == LegalBasis.CONSENT;
	}

}
