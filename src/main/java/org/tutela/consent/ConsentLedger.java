package org.tutela.consent;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.consent.ledger.Choices;
import org.tutela.consent.ledger.Wordings;
import org.tutela.platform.InvalidInput;
import org.tutela.platform.Sha256;
import org.tutela.platform.InvalidInput.FieldError;

/**
 * The ledger of choices: consent given or withdrawn, objections, each with its evidence. Choices
 * are only ever added, so the history stays whole; the latest choice for a purpose is the one
 * that counts. Consent given on a form, in the portal or through a link names the wording the
 * person was shown, a published text that is never changed (GDPR Art. 7(1)).
 */
@Service
public class ConsentLedger {

	/** Where the person acted themselves, on a page that showed a wording. */
	private static final Set<Channel> SHOWN_A_WORDING = EnumSet.of(Channel.FORM, Channel.PORTAL, Channel.EMAIL_LINK);

	private final Choices choices;

	private final Wordings wordings;

	private final AuditTrail audit;

	private final Clock clock;

	ConsentLedger(Choices choices, Wordings wordings, AuditTrail audit, Clock clock) {
		this.choices = choices;
		this.wordings = wordings;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Choice record(UUID person, String purpose, ChoiceKind kind, Evidence evidence) {
		if (kind == ChoiceKind.GIVEN && SHOWN_A_WORDING.contains(evidence.channel())) {
			boolean shown = evidence.wording() != null && this.wordings.find(evidence.wording())
				.filter(wording -> wording.purpose().equals(purpose))
				.isPresent();
			if (!shown) {
				throw new InvalidInput(List.of(new FieldError("wording", "consent.wording")));
			}
		}
		Choice choice = new Choice(person, purpose, kind, evidence, this.clock.instant());
		this.choices.add(choice);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, person,
				"choice " + kind + " for " + purpose + " by " + evidence.channel()));
		return choice;
	}

	@Transactional(readOnly = true)
	public Optional<Choice> latest(UUID person, String purpose) {
		return this.choices.latest(person, purpose);
	}

	/** Every choice the person made, oldest first: the proof of what they agreed to and when. */
	@Transactional(readOnly = true)
	public List<Choice> history(UUID person) {
		return this.choices.history(person);
	}

	/** Publishes a consent text; the same text again is the current version, a changed one the next. */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public Wording publish(String purpose, String language, String text) {
		return this.wordings.publish(purpose, language, text, this.clock.instant());
	}

	/**
	 * The wording of a consent text Tutela itself shows, such as the remark box of the
	 * registration form: published as a version the first time it is shown, so that consent
	 * given on it is proven like any other.
	 */
	@Transactional
	public Wording shown(String purpose, String language, String text) {
		String hash = Sha256.hex(text);
		Optional<Wording> current = this.wordings.current(purpose, language).filter(found -> found.hash().equals(hash));
		if (current.isPresent()) {
			return current.get();
		}
		try {
			return this.wordings.publishAlone(purpose, language, text, this.clock.instant());
		}
		catch (DuplicateKeyException concurrent) {
			return this.wordings.current(purpose, language).filter(found -> found.hash().equals(hash)).orElseThrow(() -> concurrent);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Wording> currentWording(String purpose, String language) {
		return this.wordings.current(purpose, language);
	}

	@Transactional(readOnly = true)
	public Optional<Wording> wording(UUID id) {
		return this.wordings.find(id);
	}

}
