package org.tutela.audit.trail;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An audit entry as stored; the chain columns are null until the sealer links it. */
public record Entry(long id, Instant occurredAt, String actor, String actorRoles, String action,
		@Nullable String subject, @Nullable String purpose, @Nullable String fields, @Nullable String requestId,
		@Nullable String detail, @Nullable Long chainSeq, @Nullable String prevHash, @Nullable String hash) {

	/** An entry about to be inserted: no id or chain columns yet. */
	public static Entry unsealed(Instant occurredAt, String actor, String actorRoles, String action,
			@Nullable String subject, @Nullable String purpose, @Nullable String fields, @Nullable String requestId,
			@Nullable String detail) {
		return new Entry(0, occurredAt, actor, actorRoles, action, subject, purpose, fields, requestId, detail, null,
				null, null);
	}

}
