package org.tutela.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.members.application.MembershipStore;
import org.tutela.members.application.MembershipStore.StoredApplication;
import org.tutela.people.MailAddresses;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.people.identifier.EnterpriseNumber;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.Sha256;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.Register;

/**
 * Takes a membership application from the public form (CES-4): every field checked
 * (nothing is stored when one is refused), only what the pack's membership activity needs
 * kept (the contact's function only where it keeps professional data), the contact person
 * found by their address or registered, and the application left for staff to decide. The
 * same application sent twice the same day is stored once.
 */
@Service
public class Joining {

	/** The catalogue's purpose of what the form and the member records keep. */
	public static final String PURPOSE = "membership";

	/** The countries an joining organisation can be established in. */
	public static final List<String> COUNTRIES = List.of("BE", "NL", "LU", "FR", "DE");

	private static final int POSTCODE_LENGTH = 20;

	private final Register register;

	private final MembershipStore store;

	private final MailAddresses addresses;

	private final Persons persons;

	private final AuditTrail audit;

	private final Clock clock;

	Joining(Register register, MembershipStore store, MailAddresses addresses, Persons persons, AuditTrail audit,
			Clock clock) {
		this.register = register;
		this.store = store;
		this.addresses = addresses;
		this.persons = persons;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the pack keeps membership applications: the form is open. */
	public boolean open() {
		return this.register.pack().keeps(PURPOSE) && activity() != null;
	}

	/**
	 * The activity that keeps applications and members, for the notice beside the form.
	 */
	public @Nullable Activity activity() {
		return this.register.pack().activityServing(PURPOSE).orElse(null);
	}

	/** Whether the form asks the contact's function: only where the activity keeps it. */
	public boolean asksFunction() {
		Activity activity = activity();
		return activity != null && activity.categories().contains(DataCategory.PROFESSIONAL);
	}

	@Transactional
	public void apply(SentApplication sent) {
		List<FieldError> errors = new ArrayList<>();
		required("organisationName", sent.organisation(), TextRule.LINE, errors);
		String enterprise = enterpriseNumber(sent.enterpriseNumber(), errors);
		TextRule.LINE.check("street", sent.street(), errors);
		TextRule.NAME.check("postcode", sent.postcode(), errors);
		if (sent.postcode() != null && sent.postcode().strip().length() > POSTCODE_LENGTH) {
			errors.add(new FieldError("postcode", "too-long"));
		}
		required("city", sent.city(), TextRule.NAME, errors);
		String country = sent.country() == null ? "" : sent.country().strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			errors.add(new FieldError("country",
					sent.country() == null || sent.country().isBlank() ? "required" : "membership.country"));
		}
		required("firstName", sent.firstName(), TextRule.NAME, errors);
		required("lastName", sent.lastName(), TextRule.NAME, errors);
		required("email", sent.email(), TextRule.EMAIL, errors);
		boolean function = asksFunction();
		if (function) {
			TextRule.LINE.check("function", sent.function(), errors);
		}
		if (!open() || !errors.isEmpty()) {
			throw new InvalidInput(errors.isEmpty() ? List.of(new FieldError("form", "membership.closed")) : errors);
		}
		String email = String.valueOf(sent.email()).strip();
		String first = String.valueOf(sent.firstName()).strip();
		String last = String.valueOf(sent.lastName()).strip();
		String kept = function ? blankToNull(sent.function()) : null;
		String organisation = String.valueOf(sent.organisation()).strip();
		String fingerprint = Sha256.hex(String.join("\n", organisation.toLowerCase(Locale.ROOT),
				String.valueOf(enterprise), email.toLowerCase(Locale.ROOT), LocalDate.now(this.clock).toString()));
		PersonId person = this.addresses.personWith(email)
			.orElseGet(() -> register(first, last, email, kept, sent.language()));
		boolean stored = this.store
			.insert(new StoredApplication(UUID.randomUUID(), organisation, enterprise, blankToNull(sent.street()),
					blankToNull(sent.postcode()), String.valueOf(sent.city()).strip(), country, person, first, last,
					email, kept, sent.language(), fingerprint, this.clock.instant(), LocalDate.now(this.clock)));
		if (stored) {
			this.audit.record(AuditEvent.of(AuditAction.CREATE, person, "membership application received"));
		}
	}

	private static @Nullable String enterpriseNumber(@Nullable String given, List<FieldError> errors) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return EnterpriseNumber.parse(given).digits();
		}
		catch (InvalidValue invalid) {
			errors.add(new FieldError("enterpriseNumber", invalid.reason()));
			return null;
		}
	}

	/**
	 * The applicant as a new person, unless an erasure mark matches them: then the
	 * application is kept without a person, and the form says nothing of the mark.
	 */
	private @Nullable PersonId register(String first, String last, String email, @Nullable String function,
			String language) {
		try {
			return this.persons
				.selfRegisterUnlessErased(new NewPerson(first, null, last, null, language, function,
						Provenance.WEB_FORM, List.of(NewContact.business(email)), List.of(), List.of()))
				.orElse(null);
		}
		catch (InvalidInput refused) {
			throw new InvalidInput(refused.errors()
				.stream()
				.map(error -> error.field().startsWith("emails") ? new FieldError("email", error.code())
						: error.field().equals("jobFunction") ? new FieldError("function", error.code()) : error)
				.toList());
		}
	}

	private static void required(String field, @Nullable String text, TextRule rule, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError(field, "required"));
		}
		else {
			rule.check(field, text, errors);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
