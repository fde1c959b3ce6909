package org.tutela.people;

import org.tutela.personaldata.PersonId;

public record OrganisationContact(PersonId person, String name, ContactRole role) {
}
