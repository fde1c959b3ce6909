package org.tutela.dossiers.psychosocial;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.AccountId;
import org.tutela.personaldata.PersonId;

/**
 * A psychosocial case as the adviser's list shows it: whose, which employer, since when,
 * open or closed; when the client changed service, the day the persons concerned were
 * told and the transfer that handed it to the new service. It holds nothing of the
 * account, the persons involved, the notes or the outcome.
 */
public record CaseSummary(UUID id, String reference, PersonId applicant, String employer, CaseKind kind,
		LocalDate submittedOn, AccountId adviser, @Nullable LocalDate closedOn, @Nullable LocalDate informedOn,
		@Nullable UUID handedOverIn) {

	public boolean open() {
		return this.closedOn == null;
	}

	/**
	 * Handed to the client's new service (Code on well-being at work, book I, title 3,
	 * art. 34): kept here for its retention, changed no more.
	 */
	public boolean handedOver() {
		return this.handedOverIn != null;
	}

	/** Still being dealt with here: open and not handed over. */
	public boolean dealtWith() {
		return open() && !handedOver();
	}

}
