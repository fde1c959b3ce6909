package org.tutela.personaldata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One row held about a person, as the catalogue exports it: the table, what the row is
 * (for example the kind of an identifier), the purposes its fields are kept for, its
 * declared personal fields with their values (in declared order), and whether it lies in
 * a restricted archive (MEZ-8). An export holds every row, whoever asks; what a member of
 * staff may see of it is the caller's to filter.
 */
public record PersonalRecord(String table, @Nullable String label, Set<String> purposes, Map<String, String> fields,
		boolean archived) {

	public PersonalRecord {
		purposes = Set.copyOf(purposes);
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	public PersonalRecord(String table, @Nullable String label, Set<String> purposes, Map<String, String> fields) {
		this(table, label, purposes, fields, false);
	}

	/** The same row, marked as lying in the restricted archive. */
	public PersonalRecord inArchive() {
		return new PersonalRecord(this.table, this.label, this.purposes, this.fields, true);
	}

}
