package org.tutela.dossiers.surveillance;

import java.time.LocalDate;
import java.util.UUID;

/** Section 3: a note the occupational physician writes for themselves alone. */
public record Note(UUID id, LocalDate writtenOn, String text) {

}
