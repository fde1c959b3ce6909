package org.tutela.register;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.DataCategory;

/**
 * A processing activity of the register (Art. 30): its purpose and legal basis, whose
 * data of which categories, who inside may see it, who outside receives it, how long it
 * is kept, and what an erasure request does to it. {@code specialConditions} are the
 * conditions of Art. 9(2) it rests on, in the order of the article; empty when it keeps
 * no special-category data.
 */
public record Activity(String id, Text purpose, LegalBasis basis, @Nullable Text basisDetail,
		Set<SpecialCondition> specialConditions, List<String> subjects, Set<DataCategory> categories,
		List<String> access, List<Recipient> recipients, List<RetentionRule> retention, ErasureAnswer onErasure) {

	public Activity {
		EnumSet<SpecialCondition> conditions = EnumSet.noneOf(SpecialCondition.class);
		conditions.addAll(specialConditions);
		specialConditions = Collections.unmodifiableSet(conditions);
		subjects = List.copyOf(subjects);
		categories = Set.copyOf(categories);
		access = List.copyOf(access);
		recipients = List.copyOf(recipients);
		retention = List.copyOf(retention);
	}

}
