package org.tutela.enrolment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * A person's place on a session: who takes part, who registered them when it was someone
 * else (MEN-4: both are concerned), for which organisation, how it came in, and whether
 * it is confirmed, on the waiting list or cancelled (late: after the course's free
 * cancellation term; with the fee due or not, as billing charges it).
 */
public record Registration(UUID id, UUID session, PersonId participant, @Nullable PersonId registrant,
		@Nullable UUID organisation, RegistrationStatus status, RegistrationSource source, Instant registeredAt,
		@Nullable Instant cancelledAt, boolean lateCancellation, boolean feeDue) {
}
