package org.tutela.enrolment;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.catalog.Session;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.enrolment.registration.RegistrationStore;
import org.tutela.personaldata.DataCategory;
import org.tutela.register.Activity;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Recipient;
import org.tutela.register.RecipientType;
import org.tutela.register.Register;

/**
 * The registrations a client organisation made, as its side sees them: results shown to
 * the employer's contact who registered a participant (SKI-4), and at the end of its
 * contract, the registrations made for it and forgetting who made them (MEN-21).
 */
@Service
public class ClientRegistrations {

	private final RegistrationStore store;

	private final Register register;

	private final Clock clock;

	private final Disclosures disclosures;

	private final PurposeGuard guard;

	ClientRegistrations(RegistrationStore store, Register register, Clock clock, Disclosures disclosures,
			PurposeGuard guard) {
		this.store = store;
		this.register = register;
		this.clock = clock;
		this.disclosures = disclosures;
		this.guard = guard;
	}

	/**
	 * Whether study results go back to the employer who registered a participant (SKI-4).
	 */
	public boolean resultsToEmployer() {
		return this.register.pack().training().results() != null;
	}

	/**
	 * Whether a participant's result may be shown to the employer's contact who
	 * registered them. The first time it is, it is recorded in the disclosure log under
	 * the pack's results activity, to the employer it names (SKI-4). Where the purpose
	 * guard refuses (a restriction), it is not shown.
	 */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional
	public boolean resultShownToEmployer(Registration registration, Session session) {
		String results = this.register.pack().training().results();
		if (results == null) {
			return false;
		}
		if (this.store.resultDisclosed(registration.id())) {
			return this.guard.check(registration.participant(), results).allowed();
		}
		Activity activity = this.register.pack().activity(results).orElseThrow();
		String employer = activity.recipients()
			.stream()
			.filter(recipient -> recipient.type() == RecipientType.EMPLOYER)
			.map(Recipient::name)
			.findFirst()
			.orElseThrow();
		List<String> categories = activity.categories()
			.stream()
			.filter(category -> category == DataCategory.IDENTITY || category == DataCategory.PROFESSIONAL)
			.map(category -> category.name().toLowerCase(Locale.ROOT))
			.toList();
		if (!this.guard.check(registration.participant(), results).allowed()) {
			return false;
		}
		Disclosure disclosure = this.disclosures
			.recordAutomatic(new NewDisclosure(results, employer, categories, List.of(registration.participant()),
					"result of " + session.course().code() + " " + session.firstDay()));
		this.store.resultDisclosed(registration.id(), disclosure.id(), this.clock.instant());
		return true;
	}

	/**
	 * The registrations made for a client organisation, at the end of its contract
	 * (MEN-21).
	 */
	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'retention.manage')")
	@Transactional(readOnly = true)
	public List<Registration> forOrganisation(UUID organisation) {
		return this.store.forOrganisation(organisation);
	}

}
