package org.tutela.incidents;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A choice of the persons a breach affects, as the data protection officer makes it: by a
 * session (everyone registered for it), a mailing list (everyone on it), one person
 * (found through the people search) or a kind of record the catalogue declares (everyone
 * holding one); {@code source} is the session's, list's or person's id, or the record
 * kind.
 */
public record AffectedPersons(Kind kind, @Nullable String source) {

	public enum Kind {

		SESSION, LIST, PERSON, RECORD

	}

	public @Nullable UUID sourceId() {
		try {
			return this.source == null ? null : UUID.fromString(this.source);
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

}
