package org.tutela.dossiers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * A candidacy's envelope: who stands, for which award, with which project, received when.
 * Never the dossier's summary or document (VCK-5).
 */
public record Candidacy(UUID id, UUID award, PersonId candidate, @Nullable UUID organisation, String title,
		LocalDate receivedOn, boolean hasDocument) {

}
