package org.tutela.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.AccountId;
import org.tutela.personaldata.PersonId;

/**
 * A control as lists show it: who, for whom, where it stands. It holds no health datum,
 * so it may be shown to whoever may see that the control exists.
 */
public record ControlSummary(UUID id, String reference, PersonId worker, UUID organisation,
		@Nullable PersonId orderedBy, Channel channel, Instant orderedAt, ControlStatus status, String postcode,
		@Nullable UUID department, @Nullable AccountId physician, @Nullable VisitKind visitKind,
		@Nullable Instant visitAt, @Nullable String visitPlace, @Nullable Instant reportedAt,
		@Nullable LocalDate incidentOn) {

}
