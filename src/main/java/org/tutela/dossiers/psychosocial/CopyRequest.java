package org.tutela.dossiers.psychosocial;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The new service's adviser asked for a copy of a closed case, as necessary for their
 * duties, on this day and for this reason (Code on well-being at work, book I, title 3,
 * art. 34, 2°).
 */
public record CopyRequest(UUID caseId, LocalDate requestedOn, String reason) {

}
