package org.tutela.disclosures;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.PersonId;
import org.tutela.register.LegalBasis;
import org.tutela.register.RecipientType;

/** A recorded disclosure of personal data to an external recipient. */
public record Disclosure(UUID id, String activity, String recipient, RecipientType recipientType, LegalBasis basis,
		Set<DataCategory> categories, List<PersonId> persons, @Nullable String reference, Instant disclosedAt,
		String disclosedBy) {

	public Disclosure {
		categories = Set.copyOf(categories);
		persons = List.copyOf(persons);
	}

}
