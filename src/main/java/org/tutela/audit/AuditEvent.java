package org.tutela.audit;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One thing to record: what was done, to whose data (a person's id, turned into a
 * pseudonym before it is stored), for which purpose, which fields, and a short detail
 * without personal data.
 */
public record AuditEvent(AuditAction action, @Nullable UUID person, @Nullable String purpose, Set<String> fields,
		@Nullable String detail) {

	public AuditEvent {
		fields = Set.copyOf(fields);
	}

	public static AuditEvent read(UUID person, String purpose, String... fields) {
		return new AuditEvent(AuditAction.READ, person, purpose, Set.of(fields), null);
	}

	public static AuditEvent of(AuditAction action, @Nullable UUID person, String detail) {
		return new AuditEvent(action, person, null, Set.of(), detail);
	}

}
