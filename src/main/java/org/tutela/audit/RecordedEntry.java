package org.tutela.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail as the DPO reads it: when, who with which roles, what (the
 * action as recorded, an {@link AuditAction} name), the pseudonym of the person
 * concerned, for which purpose, which fields and the detail as written, and whether the
 * sealer has linked it into the chain yet.
 */
public record RecordedEntry(long id, Instant occurredAt, String actor, List<String> roles, String action,
		@Nullable String subject, @Nullable String purpose, List<String> fields, @Nullable String detail,
		boolean sealed) {

	public RecordedEntry {
		roles = List.copyOf(roles);
		fields = List.copyOf(fields);
	}

}
