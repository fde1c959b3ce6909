package org.tutela.dossiers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.StaffIntake.Document;

/** A candidacy as the coordinator registers it, checked before anything is stored. */
public record NewCandidacy(@Nullable PersonId candidate, @Nullable UUID organisation, @Nullable String title,
		@Nullable LocalDate receivedOn, @Nullable String summary, @Nullable Document document) {

}
