package org.tutela.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.consent.ledger.Choices;
import org.tutela.consent.ledger.Wordings;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.crypto.Sha256;

/**
 * The ledger of choices: consent given or withdrawn, objections, each with its evidence.
 * Choices are only ever added, so the history stays whole; the latest choice for a
 * purpose is the one that counts. Consent given on a form, in the portal or through a
 * link names the wording the person was shown, a published text that is never changed
 * (GDPR Art. 7(1)).
 */
@Service
public class ConsentLedger {

	/**
	 * Where the person was shown a wording: on our pages, or on the form or in the text
	 * staff hold.
	 */
	private static final Set<Channel> SHOWN_A_WORDING = EnumSet.of(Channel.FORM, Channel.PORTAL, Channel.EMAIL_LINK,
			Channel.PAPER, Channel.EMAIL, Channel.STAFF);

	/**
	 * Where staff record a consent the person gave elsewhere: only with a reference to
	 * that proof.
	 */
	private static final Set<Channel> RECEIVED = EnumSet.of(Channel.PAPER, Channel.EMAIL);

	private static final int REFERENCE_LENGTH = 300;

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

	/**
	 * Records a choice. Consent comes only from the person (Art. 7(1), SKI-6): with the
	 * wording they saw, and where staff record it from a paper form or the person's
	 * e-mail, with where that proof is kept. An unconfirmed consent never replaces one
	 * the person confirmed, so that nobody can take a consent away by typing someone
	 * else's address into a form.
	 */
	@Transactional
	public Choice record(PersonId person, String purpose, ChoiceKind kind, Evidence evidence) {
		if (kind == ChoiceKind.GIVEN || kind == ChoiceKind.UNCONFIRMED) {
			check(purpose, evidence);
		}
		if (kind == ChoiceKind.UNCONFIRMED) {
			Optional<Choice> confirmed = latest(person, purpose).filter(choice -> choice.kind() == ChoiceKind.GIVEN);
			if (confirmed.isPresent()) {
				return confirmed.get();
			}
		}
		Choice choice = new Choice(person, purpose, kind, evidence, this.clock.instant());
		this.choices.add(choice);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, person,
				"choice " + kind + " for " + purpose + " by " + evidence.channel()));
		return choice;
	}

	/**
	 * The person followed the link sent to their address (double opt-in): the consent
	 * they ticked counts from now on, with the wording they saw and the address and agent
	 * of the click. Empty when there is no consent of theirs waiting, for example after
	 * they withdrew it.
	 */
	@Transactional
	public Optional<Choice> confirm(PersonId person, String purpose, @Nullable String ipAddress,
			@Nullable String userAgent, String form) {
		return latest(person, purpose).flatMap(latest -> switch (latest.kind()) {
			case GIVEN -> Optional.of(latest);
			case UNCONFIRMED -> Optional.of(record(person, purpose, ChoiceKind.GIVEN,
					Evidence.web(Channel.EMAIL_LINK, latest.evidence().wording(), ipAddress, userAgent, form)));
			case WITHDRAWN, OBJECTED -> Optional.empty();
		});
	}

	private void check(String purpose, Evidence evidence) {
		List<FieldError> missing = new ArrayList<>();
		if (SHOWN_A_WORDING.contains(evidence.channel())
				&& (evidence.wording() == null || this.wordings.find(evidence.wording())
					.filter(wording -> wording.purpose().equals(purpose))
					.isEmpty())) {
			missing.add(new FieldError("wording", "consent.wording"));
		}
		String reference = evidence.reference();
		if (RECEIVED.contains(evidence.channel()) && (reference == null || reference.isBlank())) {
			missing.add(new FieldError("reference", "consent.reference"));
		}
		else if (reference != null && reference.length() > REFERENCE_LENGTH) {
			missing.add(new FieldError("reference", "too-long"));
		}
		else if (reference != null && reference.chars().anyMatch(Character::isISOControl)) {
			missing.add(new FieldError("reference", "control-characters"));
		}
		if (!missing.isEmpty()) {
			throw new InvalidInput(missing);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Choice> latest(PersonId person, String purpose) {
		return this.choices.latest(person, purpose);
	}

	/**
	 * The persons among these who hold a consent given now, for any purpose: they asked
	 * for something that lasts until they withdraw it, so a message or an application of
	 * theirs that goes is not the last thing keeping them.
	 */
	public Set<PersonId> consenting(Collection<PersonId> persons) {
		return this.choices.consenting(persons);
	}

	/**
	 * Every choice the person made, oldest first: the proof of what they agreed to and
	 * when.
	 */
	@Transactional(readOnly = true)
	public List<Choice> history(PersonId person) {
		return this.choices.history(person);
	}

	/**
	 * Publishes a consent text; the same text again is the current version, a changed one
	 * the next.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public Wording publish(String purpose, String language, String text) {
		return this.wordings.publish(purpose, language, text, this.clock.instant());
	}

	/**
	 * The wording of a consent text Tutela itself shows, such as the remark box of the
	 * registration form: published as a version the first time it is shown, so that
	 * consent given on it is proven like any other.
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
			return this.wordings.current(purpose, language)
				.filter(found -> found.hash().equals(hash))
				.orElseThrow(() -> concurrent);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Wording> currentWording(String purpose, String language) {
		return this.wordings.current(purpose, language);
	}

	/**
	 * Every published text for the purpose, each version in each language, the newest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<Wording> wordings(String purpose) {
		return this.wordings.all(purpose);
	}

	@Transactional(readOnly = true)
	public Optional<Wording> wording(UUID id) {
		return this.wordings.find(id);
	}

}
