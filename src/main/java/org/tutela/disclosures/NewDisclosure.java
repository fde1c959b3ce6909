package org.tutela.disclosures;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * A disclosure about to be recorded: for which activity of the register, to which of its
 * recipients, which data categories of which persons, and an optional reference without
 * personal data (a letter or file number).
 */
public record NewDisclosure(@Nullable String activity, @Nullable String recipient, @Nullable List<String> categories,
		@Nullable List<PersonId> persons, @Nullable String reference) {
}
