package org.tutela.people.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.people.Address;
import org.tutela.people.CompanyType;
import org.tutela.people.ContactRole;
import org.tutela.people.IdentifierKind;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewContact;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewOrganisation;
import org.tutela.people.NewPerson;
import org.tutela.people.Provenance;
import org.tutela.people.organisation.OrganisationChecks;
import org.tutela.people.organisation.OrganisationStore;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.demo.DemoData;

/**
 * A client company and a few persons, so that the back office has someone to show on a
 * first start.
 */
@Component
class PeopleDemoData implements DemoData {

	private static final NewOrganisation COMPANY = new NewOrganisation("Bouwwerken Demo NV", "0403.019.261", "C-1001",
			CompanyType.B, new Address("Kerkstraat 1", "9000", "Gent", "BE"),
			new Address("Kerkstraat 1", "9000", "Gent", "BE"), MembershipStatus.MEMBER, LocalDate.of(2019, 1, 1), null,
			LocalDate.of(2019, 1, 1), null);

	private static final List<NewPerson> PERSONS = List.of(
			new NewPerson("An", null, "Peeters", LocalDate.of(1985, 7, 30), "nl", "Preventieadviseur",
					Provenance.EMPLOYER, List.of(NewContact.business("an.peeters@example.be")),
					List.of(NewContact.business("09 234 56 78")),
					List.of(new NewIdentifier(IdentifierKind.NATIONAL_NUMBER, "85.07.30-033.28"))),
			new NewPerson("Julien", null, "Dubois", null, "fr", "Chef d'équipe", Provenance.WEB_FORM,
					List.of(NewContact.business("julien.dubois@example.be")), List.of(), List.of()),
			new NewPerson("Sanne", null, "de Vries", null, "nl", null, Provenance.UNKNOWN_LEGACY,
					List.of(NewContact.business("sanne.devries@example.nl")), List.of(),
					List.of(new NewIdentifier(IdentifierKind.BSN, "111222333"))));

	private final PersonChecks checks;

	private final PersonStore persons;

	private final OrganisationChecks organisationChecks;

	private final OrganisationStore organisations;

	private final Clock clock;

	PeopleDemoData(PersonChecks checks, PersonStore persons, OrganisationChecks organisationChecks,
			OrganisationStore organisations, Clock clock) {
		this.checks = checks;
		this.persons = persons;
		this.organisationChecks = organisationChecks;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	public void load() {
		UUID company = UUID.randomUUID();
		this.organisations.insert(company, this.organisationChecks.check(COMPANY), this.clock.instant());
		for (NewPerson person : PERSONS) {
			PersonId id = PersonId.random();
			this.persons.insert(id, this.checks.check(person), this.clock.instant());
			if (person.lastName().equals("Peeters")) {
				this.organisations.addContact(company, id, ContactRole.HR);
			}
		}
	}

}
