package org.tutela.people.person;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.people.ContactUsage;
import org.tutela.people.IdentifierKind;
import org.tutela.people.Provenance;

/** A person whose every field passed its rule, in the form it is stored. */
public record CheckedPerson(String firstName, @Nullable String secondName, String lastName,
		@Nullable LocalDate birthDate, String language, @Nullable String jobFunction, Provenance provenance,
		List<CheckedContact> contacts, List<CheckedIdentifier> identifiers) {

	public enum ContactKind {

		EMAIL, PHONE

	}

	/**
	 * {@code lookupKey} is what searches match: the address in lower case, the number in
	 * E.164.
	 */
	public record CheckedContact(ContactKind kind, String value, String lookupKey, ContactUsage usage,
			boolean privateConsent) {
	}

	/** {@code value} is the canonical form (digits only for national numbers and BSN). */
	public record CheckedIdentifier(IdentifierKind kind, String value, String masked) {
	}

}
