package org.tutela.people;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person as entered in a form, an API call or an import row; {@link Persons} checks
 * every field and names each one that breaks a rule.
 */
public record NewPerson(@Nullable String firstName, @Nullable String secondName, @Nullable String lastName,
		@Nullable LocalDate birthDate, @Nullable String language, @Nullable String jobFunction,
		@Nullable Provenance provenance, @Nullable List<NewContact> emails, @Nullable List<NewContact> phones,
		@Nullable List<NewIdentifier> identifiers) {

	public List<NewContact> emailList() {
		return this.emails == null ? List.of() : this.emails;
	}

	public List<NewContact> phoneList() {
		return this.phones == null ? List.of() : this.phones;
	}

	public List<NewIdentifier> identifierList() {
		return this.identifiers == null ? List.of() : this.identifiers;
	}

}
