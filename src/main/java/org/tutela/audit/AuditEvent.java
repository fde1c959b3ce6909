package org.tutela.audit;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * One thing to record: what was done, to whose data (a person's id, or for the holder of
 * a staff or portal account that account's id; either turned into a pseudonym before it
 * is stored), for which purpose, which fields, and a short detail without personal data.
 */
public record AuditEvent(AuditAction action, @Nullable PersonId person, @Nullable UUID account,
		@Nullable String purpose, Set<String> fields, @Nullable String detail) {

	public AuditEvent {
		if (person != null && account != null) {
			throw new IllegalArgumentException("an audit event is about a person or an account holder, not both");
		}
		fields = Set.copyOf(fields);
	}

	public static AuditEvent read(PersonId person, String purpose, String... fields) {
		return new AuditEvent(AuditAction.READ, person, null, purpose, Set.of(fields), null);
	}

	public static AuditEvent of(AuditAction action, @Nullable PersonId person, String detail) {
		return new AuditEvent(action, person, null, null, Set.of(), detail);
	}

	/** Something done to a staff or portal account, its holder's data. */
	public static AuditEvent ofAccount(AuditAction action, @Nullable UUID account, String detail) {
		return new AuditEvent(action, null, account, null, Set.of(), detail);
	}

}
