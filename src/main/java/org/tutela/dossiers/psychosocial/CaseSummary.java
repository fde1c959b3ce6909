package org.tutela.dossiers.psychosocial;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.AccountId;
import org.tutela.personaldata.PersonId;

/**
 * A psychosocial case as the adviser's list shows it: whose, which employer, since when,
 * open or closed. It holds nothing of the account, the persons involved, the notes or the
 * outcome.
 */
public record CaseSummary(UUID id, String reference, PersonId applicant, String employer, CaseKind kind,
		LocalDate submittedOn, AccountId adviser, @Nullable LocalDate closedOn) {

	public boolean open() {
		return this.closedOn == null;
	}

}
