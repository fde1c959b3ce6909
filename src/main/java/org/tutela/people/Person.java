package org.tutela.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

public record Person(PersonId id, String firstName, @Nullable String secondName, String lastName,
		@Nullable LocalDate birthDate, String language, @Nullable String jobFunction, Provenance provenance,
		boolean restricted, Instant createdAt, @Nullable Instant lastContactAt, @Nullable Instant lastActivityAt,
		List<Contact> emails, List<Contact> phones, List<Identifier> identifiers) {

	public Person {
		emails = List.copyOf(emails);
		phones = List.copyOf(phones);
		identifiers = List.copyOf(identifiers);
	}

	public String fullName() {
		return this.secondName == null ? this.firstName + " " + this.lastName
				: this.firstName + " " + this.secondName + " " + this.lastName;
	}

}
