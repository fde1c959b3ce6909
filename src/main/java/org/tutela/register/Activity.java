package org.tutela.register;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.DataCategory;

/**
 * A processing activity of the register (Art. 30): its purpose and legal basis, whose
 * data of which categories, who inside may see it, who outside receives it, how long it
 * is kept, and what an erasure request does to it.
 */
public record Activity(String id, Text purpose, LegalBasis basis, @Nullable Text basisDetail,
		@Nullable SpecialCondition specialCondition, List<String> subjects, Set<DataCategory> categories,
		List<String> access, List<Recipient> recipients, List<RetentionRule> retention, ErasureAnswer onErasure) {

	public Activity {
		subjects = List.copyOf(subjects);
		categories = Set.copyOf(categories);
		access = List.copyOf(access);
		recipients = List.copyOf(recipients);
		retention = List.copyOf(retention);
	}

}
