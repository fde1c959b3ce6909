package org.tutela.network;

import org.tutela.platform.problem.Conflict;

/**
 * The person asked that their data only be kept for now (restriction of processing, GDPR
 * Art. 18): their network record is read by those allowed, and nothing of it changes, nor
 * is it used for a match, until the restriction ends.
 */
public class ContactRestricted extends Conflict {

	public ContactRestricted() {
		super("network-contact-restricted");
	}

}
