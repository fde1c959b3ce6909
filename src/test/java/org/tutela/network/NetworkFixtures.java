package org.tutela.network;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.tutela.people.ContactRole;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewContact;
import org.tutela.people.NewOrganisation;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.Staff;

/** Members of the network: persons with a function, contacts of a member company. */
@TestComponent
public class NetworkFixtures {

	private final Persons persons;

	private final Organisations organisations;

	NetworkFixtures(Persons persons, Organisations organisations) {
		this.persons = persons;
		this.organisations = organisations;
	}

	public Organisation company(String name) {
		return Staff.coordinator(() -> this.organisations.add(new NewOrganisation(name, null, null, null, null, null,
				MembershipStatus.MEMBER, java.time.LocalDate.now().minusYears(1), null, null, null)));
	}

	/**
	 * A member of the company with a business address and a function, from the legacy
	 * CRM.
	 */
	public PersonId member(String firstName, String lastName, String function, String email, UUID company) {
		return member(firstName, lastName, function, email, company, Provenance.UNKNOWN_LEGACY);
	}

	/** A member of the company whose data came as {@code provenance} says. */
	public PersonId member(String firstName, String lastName, String function, String email, UUID company,
			Provenance provenance) {
		return Staff.coordinator(() -> {
			PersonId id = this.persons
				.register(new NewPerson(firstName, null, lastName, null, "en", function, provenance,
						List.of(NewContact.business(email)), List.of(), List.of()))
				.id();
			this.organisations.addContact(company, id, ContactRole.OTHER);
			return id;
		});
	}

}
