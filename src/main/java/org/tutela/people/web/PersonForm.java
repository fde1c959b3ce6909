package org.tutela.people.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.people.Contact;
import org.tutela.people.ContactRole;
import org.tutela.people.ContactUsage;
import org.tutela.people.IdentifierKind;
import org.tutela.people.NewContact;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
import org.tutela.people.Person;
import org.tutela.people.Provenance;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * A person's fields as the form shows them: as held, or as typed. E-mail addresses and
 * phone numbers are rows; one identification number may be given, and an organisation the
 * person is a contact of, with their role there.
 */
record PersonForm(String firstName, String secondName, String lastName, String birthDate, String language,
		String jobFunction, String provenance, List<ContactRow> emails, List<ContactRow> phones, String identifierKind,
		String identifierValue, String organisation, String role) {

	/** The most rows of each kind a form sends. */
	private static final int MOST_ROWS = 10;

	/**
	 * An e-mail address or phone number, whether it is private, and consent to keep it.
	 */
	record ContactRow(String value, String usage, boolean privateConsent) {

		static final ContactRow EMPTY = new ContactRow("", ContactUsage.BUSINESS.name(), false);

		static ContactRow of(Contact contact) {
			return new ContactRow(contact.value(), contact.usage().name(), contact.usage() == ContactUsage.PRIVATE);
		}

	}

	static PersonForm empty() {
		return new PersonForm("", "", "", "", "nl", "", "", List.of(), List.of(), "", "", "", ContactRole.OTHER.name());
	}

	static PersonForm of(Person person) {
		return new PersonForm(person.firstName(), text(person.secondName()), person.lastName(),
				person.birthDate() == null ? "" : person.birthDate().toString(), person.language(),
				text(person.jobFunction()), person.provenance().name(),
				person.emails().stream().map(ContactRow::of).toList(),
				person.phones().stream().map(ContactRow::of).toList(), "", "", "", ContactRole.OTHER.name());
	}

	static PersonForm of(SentForm sent) {
		return new PersonForm(sent.text("firstName"), sent.text("secondName"), sent.text("lastName"),
				sent.text("birthDate"), sent.text("language"), sent.text("jobFunction"), sent.text("provenance"),
				rows(sent, "emails"), rows(sent, "phones"), sent.text("identifiers[0].kind"),
				sent.text("identifiers[0].value"), sent.text("organisation"), sent.text("role"));
	}

	/** The rows filled in; an empty row sent is no address. */
	private static List<ContactRow> rows(SentForm sent, String kind) {
		List<ContactRow> rows = new ArrayList<>();
		for (int i = 0; i < MOST_ROWS; i++) {
			String row = kind + "[" + i + "].";
			if (!sent.text(row + "value").isEmpty()) {
				rows.add(new ContactRow(sent.text(row + "value"), sent.text(row + "usage"),
						sent.ticked(row + "privateConsent")));
			}
		}
		return rows;
	}

	/** The rows the form shows: those filled in, then an empty one to add another. */
	public List<ContactRow> emailRows() {
		return withEmpty(this.emails);
	}

	public List<ContactRow> phoneRows() {
		return withEmpty(this.phones);
	}

	private static List<ContactRow> withEmpty(List<ContactRow> rows) {
		List<ContactRow> shown = new ArrayList<>(rows);
		shown.add(ContactRow.EMPTY);
		return shown;
	}

	/**
	 * The person as typed, for the checks every new or changed person meets; what cannot
	 * even be read (a date, a choice) is named in {@code errors}.
	 */
	NewPerson person(List<FieldError> errors) {
		LocalDate born = SentForm.day("birthDate", this.birthDate, errors);
		Provenance from = SentForm.choice(Provenance.class, "provenance", this.provenance, errors);
		List<NewIdentifier> identifiers = new ArrayList<>();
		if (!this.identifierKind.isEmpty() || !this.identifierValue.isEmpty()) {
			identifiers.add(new NewIdentifier(
					SentForm.choice(IdentifierKind.class, "identifiers[0].kind", this.identifierKind, errors),
					this.identifierValue));
		}
		return new NewPerson(this.firstName, SentForm.given(this.secondName), this.lastName, born, this.language,
				SentForm.given(this.jobFunction), from, contacts(this.emails, "emails", errors),
				contacts(this.phones, "phones", errors), identifiers);
	}

	private static List<NewContact> contacts(List<ContactRow> rows, String kind, List<FieldError> errors) {
		List<NewContact> contacts = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ContactRow row = rows.get(i);
			contacts.add(new NewContact(row.value(),
					SentForm.choice(ContactUsage.class, kind + "[" + i + "].usage", row.usage(), errors),
					row.privateConsent()));
		}
		return contacts;
	}

	ContactRole contactRole(List<FieldError> errors) {
		ContactRole chosen = SentForm.choice(ContactRole.class, "role", this.role, errors);
		return chosen == null ? ContactRole.OTHER : chosen;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
