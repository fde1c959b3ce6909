package org.tutela.register;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.consent.Choice;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.people.PersonStatus;
import org.tutela.personaldata.PersonId;

/**
 * Asked before a person's data is processed for a purpose (ALL-3): allowed only when the
 * active pack keeps data for the purpose at all and records a legal basis for it, consent
 * is there where consent is the basis, and the person has not objected, withdrawn or had
 * their processing restricted. Every refusal is audited; a refusal that stops the
 * caller's work is audited in a transaction of its own, so it stays in the trail when
 * that work is undone.
 */
@Service
public class PurposeGuard {

	/**
	 * The bases a person can object to or opt out of (GDPR Art. 21; withdrawal under Art.
	 * 7(3)).
	 */
	private static final Set<LegalBasis> OPEN_TO_OBJECTION = EnumSet.of(LegalBasis.CONSENT,
			LegalBasis.LEGITIMATE_INTERESTS, LegalBasis.PUBLIC_TASK);

	private final Register register;

	private final ConsentLedger choices;

	private final PersonStatus status;

	private final AuditTrail audit;

	private final TransactionTemplate ownTransaction;

	PurposeGuard(Register register, ConsentLedger choices, PersonStatus status, AuditTrail audit,
			PlatformTransactionManager transactions) {
		this.register = register;
		this.choices = choices;
		this.status = status;
		this.audit = audit;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional
	public PurposeDecision check(PersonId person, String purpose) {
		Refusal refusal = refusal(person, purpose);
		if (refusal != null) {
			this.audit.record(refused(person, purpose, refusal));
		}
		return new PurposeDecision(purpose, refusal);
	}

	/**
	 * Like {@link #check}, but throws {@link ProcessingRefused} instead of answering no;
	 * the refusal is recorded whether or not the caller's work is then undone.
	 */
	public void require(PersonId person, String purpose) {
		Refusal refusal = refusal(person, purpose);
		if (refusal != null) {
			this.ownTransaction.executeWithoutResult(done -> this.audit.record(refused(person, purpose, refusal)));
			throw new ProcessingRefused(purpose, refusal);
		}
	}

	private static AuditEvent refused(PersonId person, String purpose, Refusal refusal) {
		return AuditEvent.of(AuditAction.PROCESSING_REFUSED, person, purpose + ": " + refusal);
	}

	private @Nullable Refusal refusal(PersonId person, String purpose) {
		if (!this.register.pack().keeps(purpose)) {
			return Refusal.NOT_KEPT;
		}
		Optional<Activity> activity = this.register.pack().activity(purpose);
		if (activity.isEmpty()) {
			return Refusal.NO_BASIS;
		}
		if (this.status.restricted(person)) {
			return Refusal.RESTRICTED;
		}
		LegalBasis basis = activity.get().basis();
		ChoiceKind latest = this.choices.latest(person, purpose).map(Choice::kind).orElse(null);
		if (latest == ChoiceKind.OBJECTED && OPEN_TO_OBJECTION.contains(basis)) {
			return Refusal.OBJECTION;
		}
		if (latest == ChoiceKind.WITHDRAWN && OPEN_TO_OBJECTION.contains(basis)) {
			return Refusal.CONSENT_WITHDRAWN;
		}
		if (basis == LegalBasis.CONSENT && latest != ChoiceKind.GIVEN) {
			return Refusal.CONSENT_MISSING;
		}
		return null;
	}

}
