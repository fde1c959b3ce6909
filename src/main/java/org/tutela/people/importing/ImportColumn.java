package org.tutela.people.importing;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns an import file may have, named in its header row in any order and case. One
 * row is one person, with optionally the organisation they work for and their role there.
 */
public enum ImportColumn {

	FIRST_NAME, SECOND_NAME, LAST_NAME, BIRTH_DATE, LANGUAGE, JOB_FUNCTION, EMAIL, PHONE, NATIONAL_NUMBER, BSN,
	PERSONNEL_NUMBER, ORGANISATION, ENTERPRISE_NUMBER, CONTACT_ROLE;

	public String header() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<ImportColumn> of(String header) {
		String wanted = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		for (ImportColumn column : values()) {
			if (column.header().equals(wanted)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

}
