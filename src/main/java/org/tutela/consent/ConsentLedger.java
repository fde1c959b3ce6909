package org.tutela.consent;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.consent.ledger.Choices;

/**
 * The ledger of choices: consent given or withdrawn, objections. Choices are only ever added,
 * so the history stays whole; the latest choice for a purpose is the one that counts. The
 * wording and evidence of each consent come with the outreach work (issue of the consent
 * ledger and newsletters).
 */
@Service
public class ConsentLedger {

	private final Choices choices;

	private final AuditTrail audit;

	private final Clock clock;

	ConsentLedger(Choices choices, AuditTrail audit, Clock clock) {
		this.choices = choices;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Choice record(UUID person, String purpose, ChoiceKind kind, Channel channel) {
		Choice choice = new Choice(person, purpose, kind, channel, this.clock.instant());
		this.choices.add(choice);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, person, "choice " + kind + " for " + purpose));
		return choice;
	}

	@Transactional(readOnly = true)
	public Optional<Choice> latest(UUID person, String purpose) {
		return this.choices.latest(person, purpose);
	}

}
