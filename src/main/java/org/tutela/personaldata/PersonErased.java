package org.tutela.personaldata;

import java.time.Instant;
import java.util.Set;

/**
 * A person's record was erased (deleted or anonymised) at {@code erasedAt}. The modules
 * that keep copies of the person outside the rows the catalogue erases act on it: the
 * mail outbox cancels what was queued for them before. As their addresses are gone by
 * then, it carries each as a keyed hash in the domain {@link #ADDRESS_DOMAIN} (of the
 * address in lower case), never the address itself. Published by people; it lives here,
 * beside the catalogue, as the modules that act on it sit below people.
 */
public record PersonErased(PersonId person, Instant erasedAt, Set<String> addressHashes) {

	/** The keyed-hash domain of {@link #addressHashes}. */
	public static final String ADDRESS_DOMAIN = "erased-person-address";

	public PersonErased {
		addressHashes = Set.copyOf(addressHashes);
	}

}
