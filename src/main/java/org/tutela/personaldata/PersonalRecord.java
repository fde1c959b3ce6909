package org.tutela.personaldata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One row held about a person, as the catalogue exports it: the table, what the row is (for
 * example the kind of an identifier), the purposes its fields are kept for, and its declared
 * personal fields with their values (in declared order).
 */
public record PersonalRecord(String table, @Nullable String label, Set<String> purposes, Map<String, String> fields) {

	public PersonalRecord {
		purposes = Set.copyOf(purposes);
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

}
