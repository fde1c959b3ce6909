package org.tutela.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * What the DPO looks for in the audit trail: entries by one account, about one person
 * (chosen by name, or the pseudonym an entry carries), of one kind, within days of the
 * configured zone; older than an entry already shown, for the next page. Every part is
 * optional.
 */
public record AuditQuery(@Nullable String actor, @Nullable PersonId person, @Nullable String subject,
		@Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate until, @Nullable Long before) {

	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}

	/** Whether the query narrows the trail at all, paging aside. */
	public boolean narrowed() {
		return this.actor != null || this.person != null || this.subject != null || this.action != null
				|| this.from != null || this.until != null;
	}

}
