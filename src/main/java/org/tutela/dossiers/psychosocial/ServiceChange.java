package org.tutela.dossiers.psychosocial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.AccountId;

/**
 * A client's change of external prevention service as the adviser handling its cases
 * recorded it (Code on well-being at work, book I, title 3, art. 34): the new service and
 * its psychosocial prevention adviser with the address the client gave, the day of the
 * change and the name of the client's letter, if one came.
 */
public record ServiceChange(UUID id, String reference, String employer, AccountId adviser, String newService,
		String newAdviser, String newAdviserAddress, LocalDate changedOn, @Nullable String letterName,
		Instant recordedAt) {

}
