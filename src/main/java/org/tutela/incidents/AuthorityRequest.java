package org.tutela.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request for a client's personal data as the DPO and the client's contact see it: what
 * it asks, the client, the clocks of MEN-22 (inform by, object until), the client's
 * answer and how many hand-overs were made on it.
 */
public record AuthorityRequest(UUID id, String reference, AuthorityRequestKind kind, String requester, String subject,
		UUID organisation, String client, Instant receivedAt, LocalDate informBy, @Nullable String legalGround,
		Instant recordedAt, @Nullable Instant informedAt, @Nullable Instant objectionUntil,
		@Nullable AuthorityAnswer answer, @Nullable String answerReason, @Nullable Instant answeredAt, int handOvers) {

	/** Whether the law forbids telling the client: then the client is never mailed. */
	public boolean clientNotTold() {
		return this.legalGround != null;
	}

	/** Whether the client may still answer at this moment. */
	public boolean windowOpen(Instant now) {
		return this.objectionUntil != null && now.isBefore(this.objectionUntil);
	}

	/** The next thing due on the request at this moment, in the organisation's zone. */
	public AuthorityStep next(Instant now, ZoneId zone) {
		if (clientNotTold() || this.objectionUntil != null && !now.isBefore(this.objectionUntil)
				&& this.answer != AuthorityAnswer.OBJECTION) {
			return new AuthorityStep(
					this.handOvers > 0 ? AuthorityStep.Stage.HANDED_OVER : AuthorityStep.Stage.HAND_OVER, null,
					this.objectionUntil, false);
		}
		if (this.informedAt == null) {
			return new AuthorityStep(AuthorityStep.Stage.INFORM, this.informBy, null,
					LocalDate.ofInstant(now, zone).isAfter(this.informBy));
		}
		if (this.answer == AuthorityAnswer.OBJECTION) {
			return new AuthorityStep(AuthorityStep.Stage.OBJECTED, null, this.answeredAt, false);
		}
		return new AuthorityStep(AuthorityStep.Stage.WINDOW, null, this.objectionUntil, false);
	}

}
