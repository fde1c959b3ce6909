package org.tutela.outreach.web;

import java.util.List;

/**
 * An audience for an advertising platform: the SHA-256 of each consenting person's
 * normalised address (SKI-8).
 */
record AdAudience(List<String> hashes) {

	AdAudience {
		hashes = List.copyOf(hashes);
	}

}
