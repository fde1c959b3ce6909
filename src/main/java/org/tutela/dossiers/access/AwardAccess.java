package org.tutela.dossiers.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.dossiers.CandidacyRefused;
import org.tutela.dossiers.Juror;
import org.tutela.dossiers.awards.AwardStore;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.personaldata.PersonId;
import org.tutela.register.Activity;

/**
 * Need to know by assignment and signature (VCK-5): an award's candidacies are read by
 * the jurors assigned to it who signed the confidentiality statement, and only where the
 * pack lets their role into the activity. Anyone else is refused, and the refusal is
 * recorded in the audit trail with the candidate it concerned (ALL-2).
 */
@Component
public class AwardAccess {

	private final AwardStore store;

	private final AuditTrail audit;

	AwardAccess(AwardStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	/** The caller as a juror of the award, signed or not; empty for anyone else. */
	public Optional<Juror> asJuror(UUID award, Activity activity) {
		if (!entitled(activity)) {
			return Optional.empty();
		}
		return Caller.account().flatMap(me -> this.store.juror(award, me));
	}

	/** Whether the caller may read the award's candidacies. */
	public boolean mayRead(UUID award, Activity activity) {
		return asJuror(award, activity).map(Juror::signed).orElse(false);
	}

	/**
	 * Refuses, on the record, a caller who is not a juror of the award who signed the
	 * statement.
	 */
	public void requireMayRead(UUID award, @Nullable PersonId candidate, Activity activity, String what) {
		Optional<Juror> juror = asJuror(award, activity);
		if (juror.isEmpty()) {
			refuse(candidate, activity, what + " refused: not a juror of award " + award);
		}
		else if (!juror.get().signed()) {
			refuse(candidate, activity, what + " refused: confidentiality statement not signed, award " + award);
		}
	}

	/** Refuses, on the record, a caller who is not a juror of the award. */
	public Juror requireJuror(UUID award, Activity activity, String what) {
		Optional<Juror> juror = asJuror(award, activity);
		if (juror.isEmpty()) {
			refuse(null, activity, what + " refused: not a juror of award " + award);
		}
		return juror.orElseThrow(CandidacyRefused::new);
	}

	private static boolean entitled(Activity activity) {
		return Caller.role().map(role -> role.namedIn(activity.access())).orElse(false)
				&& Caller.holds(Permission.JUDGE_AWARDS);
	}

	private void refuse(@Nullable PersonId candidate, Activity activity, String detail) {
		this.audit
			.record(new AuditEvent(AuditAction.PROCESSING_REFUSED, candidate, null, activity.id(), Set.of(), detail));
		throw new CandidacyRefused();
	}

}
