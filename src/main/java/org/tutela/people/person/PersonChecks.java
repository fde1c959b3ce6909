package org.tutela.people.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.people.ContactUsage;
import org.tutela.people.HomeCountry;
import org.tutela.people.IdentifierKind;
import org.tutela.people.MinorsPolicy;
import org.tutela.people.NewContact;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
import org.tutela.people.identifier.Bsn;
import org.tutela.people.identifier.EmailAddress;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.people.identifier.NationalNumber;
import org.tutela.people.identifier.PhoneNumber;
import org.tutela.people.person.CheckedPerson.CheckedContact;
import org.tutela.people.person.CheckedPerson.CheckedIdentifier;
import org.tutela.people.person.CheckedPerson.ContactKind;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * Checks every field of a new person and collects all broken rules at once, each with the
 * field it belongs to. Minors are refused when the policy says so (VCK-11).
 */
@Component
public class PersonChecks {

	private static final Set<String> LANGUAGES = Set.of("nl", "fr", "en", "de");

	private static final int ADULT = 18;

	private final Clock clock;

	private final MinorsPolicy minors;

	private final String phoneRegion;

	private final HomeCountry home;

	private final ErasedPersons erased;

	/**
	 * {@code phoneRegion}: the country numbers without prefix are read in; blank for the
	 * pack's own country.
	 */
	PersonChecks(Clock clock, MinorsPolicy minors, @Value("${tutela.people.phone-region:}") String phoneRegion,
			HomeCountry home, ErasedPersons erased) {
		this.clock = clock;
		this.minors = minors;
		this.phoneRegion = phoneRegion;
		this.home = home;
		this.erased = erased;
	}

	/**
	 * Every rule of a new person, including that a person erased at their request is not
	 * added again.
	 */
	public CheckedPerson check(NewPerson person) {
		CheckedPerson checked = checkFields(person);
		refuseErased(checked);
		return checked;
	}

	/**
	 * The rules of the fields alone: for a person already held, whom an erasure mark for
	 * a namesake must not block.
	 */
	public CheckedPerson checkFields(NewPerson person) {
		List<FieldError> errors = new ArrayList<>();
		String firstName = name(person.firstName(), "firstName", true, errors);
		String secondName = name(person.secondName(), "secondName", false, errors);
		String lastName = name(person.lastName(), "lastName", true, errors);
		String language = language(person.language(), errors);
		String jobFunction = name(person.jobFunction(), "jobFunction", false, errors);
		if (person.provenance() == null) {
			errors.add(new FieldError("provenance", "required"));
		}
		checkBirthDate(person.birthDate(), errors);
		List<CheckedContact> contacts = new ArrayList<>();
		List<NewContact> emails = person.emailList();
		for (int i = 0; i < emails.size(); i++) {
			contact(emails.get(i), ContactKind.EMAIL, "emails[" + i + "]", contacts, errors);
		}
		List<NewContact> phones = person.phoneList();
		for (int i = 0; i < phones.size(); i++) {
			contact(phones.get(i), ContactKind.PHONE, "phones[" + i + "]", contacts, errors);
		}
		List<CheckedIdentifier> identifiers = new ArrayList<>();
		List<NewIdentifier> given = person.identifierList();
		for (int i = 0; i < given.size(); i++) {
			identifier(given.get(i), "identifiers[" + i + "]", person.birthDate(), identifiers, errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new CheckedPerson(firstName, secondName, lastName, person.birthDate(), language, jobFunction,
				person.provenance(), contacts, identifiers);
	}

	/**
	 * Whether an erasure mark matches the person's name or one of their e-mail addresses:
	 * for a form that keeps what they send without adding them again.
	 */
	public boolean erasureMarked(CheckedPerson person) {
		if (this.erased.nameMarked(SearchName.of(person.lastName(), person.firstName(), person.secondName()))) {
			return true;
		}
		return person.contacts()
			.stream()
			.anyMatch(contact -> contact.kind() == ContactKind.EMAIL && this.erased.emailMarked(contact.lookupKey()));
	}

	/** A person erased at their request is not added again, by any form or import. */
	public void refuseErased(CheckedPerson person) {
		List<FieldError> errors = new ArrayList<>();
		if (this.erased.nameMarked(SearchName.of(person.lastName(), person.firstName(), person.secondName()))) {
			errors.add(new FieldError("lastName", "erased"));
		}
		int email = 0;
		for (CheckedContact contact : person.contacts()) {
			if (contact.kind() == ContactKind.EMAIL) {
				if (this.erased.emailMarked(contact.lookupKey())) {
					errors.add(new FieldError("emails[" + email + "].value", "erased"));
				}
				email++;
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private static @Nullable String name(@Nullable String value, String field, boolean required,
			List<FieldError> errors) {
		String trimmed = value == null ? "" : value.strip();
		if (trimmed.isEmpty()) {
			if (required) {
				errors.add(new FieldError(field, "required"));
			}
			return null;
		}
		TextRule.NAME.check(field, trimmed, errors);
		return trimmed;
	}

	private static @Nullable String language(@Nullable String value, List<FieldError> errors) {
		String code = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(code)) {
			errors.add(new FieldError("language", "language"));
			return null;
		}
		return code;
	}

	private void checkBirthDate(@Nullable LocalDate born, List<FieldError> errors) {
		if (born == null) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		if (born.isAfter(today) || born.isBefore(today.minusYears(120))) {
			errors.add(new FieldError("birthDate", "birth-date"));
		}
		else if (this.minors.refusesMinors() && Period.between(born, today).getYears() < ADULT) {
			errors.add(new FieldError("birthDate", "minor"));
		}
	}

	private void contact(NewContact contact, ContactKind kind, String field, List<CheckedContact> contacts,
			List<FieldError> errors) {
		if (contact.value() == null || contact.value().isBlank()) {
			errors.add(new FieldError(field + ".value", "required"));
			return;
		}
		ContactUsage usage = contact.usage() == null ? ContactUsage.BUSINESS : contact.usage();
		if (usage == ContactUsage.PRIVATE && !contact.consented()) {
			errors.add(new FieldError(field + ".privateConsent", "private-needs-consent"));
		}
		try {
			if (kind == ContactKind.EMAIL) {
				EmailAddress email = EmailAddress.parse(contact.value());
				contacts.add(new CheckedContact(kind, email.value(), email.lookupKey(), usage, contact.consented()));
			}
			else {
				PhoneNumber phone = PhoneNumber.parse(contact.value(),
						this.phoneRegion.isBlank() ? this.home.country() : this.phoneRegion);
				contacts.add(new CheckedContact(kind, phone.e164(), phone.e164(), usage, contact.consented()));
			}
		}
		catch (InvalidValue invalid) {
			errors.add(new FieldError(field + ".value", invalid.reason()));
		}
	}

	private static void identifier(NewIdentifier identifier, String field, @Nullable LocalDate born,
			List<CheckedIdentifier> identifiers, List<FieldError> errors) {
		if (identifier.kind() == null) {
			errors.add(new FieldError(field + ".kind", "required"));
			return;
		}
		if (identifier.value() == null || identifier.value().isBlank()) {
			errors.add(new FieldError(field + ".value", "required"));
			return;
		}
		try {
			identifiers.add(switch (identifier.kind()) {
				case NATIONAL_NUMBER -> nationalNumber(identifier.value(), field, born, errors);
				case BSN -> {
					Bsn bsn = Bsn.parse(identifier.value());
					yield new CheckedIdentifier(IdentifierKind.BSN, bsn.digits(), bsn.masked());
				}
				case PERSONNEL_NUMBER, SUBSTITUTE_NUMBER -> freeForm(identifier, field, errors);
			});
		}
		catch (InvalidValue invalid) {
			errors.add(new FieldError(field + ".value", invalid.reason()));
		}
	}

	private static CheckedIdentifier nationalNumber(String value, String field, @Nullable LocalDate born,
			List<FieldError> errors) {
		NationalNumber number = NationalNumber.parse(value);
		if (born != null && number.birthDate().isPresent() && !number.birthDate().get().equals(born)) {
			errors.add(new FieldError(field + ".value", "national-number.birth-date"));
		}
		return new CheckedIdentifier(IdentifierKind.NATIONAL_NUMBER, number.digits(), number.masked());
	}

	private static CheckedIdentifier freeForm(NewIdentifier identifier, String field, List<FieldError> errors) {
		String value = identifier.value().strip();
		if (value.length() > 40) {
			errors.add(new FieldError(field + ".value", "too-long"));
		}
		String masked = value.length() <= 3 ? "***" : "***" + value.substring(value.length() - 3);
		return new CheckedIdentifier(identifier.kind(), value, masked);
	}

}
