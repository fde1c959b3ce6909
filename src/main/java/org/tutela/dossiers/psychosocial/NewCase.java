package org.tutela.dossiers.psychosocial;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.AccountId;
import org.tutela.personaldata.PersonId;

/** A checked request for formal psychosocial intervention, as it is stored. */
public record NewCase(UUID id, String reference, PersonId applicant, String employer, CaseKind kind,
		LocalDate submittedOn, String account, @Nullable String involved, AccountId adviser, String registeredBy,
		Instant registeredAt) {

}
