package org.tutela.people;

import java.util.UUID;

public record OrganisationContact(UUID person, String name, ContactRole role) {
}
