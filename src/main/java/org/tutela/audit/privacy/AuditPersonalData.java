package org.tutela.audit.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.TableDeclarations;

/**
 * The audit trail names persons only by a keyed pseudonym, so erasing a person never
 * touches it; the actor is the staff member who acted.
 */
@Component
class AuditPersonalData implements TableDeclarations {

	private static final String ACCOUNTABILITY = "accountability";

	@Override
	public String module() {
		return "audit";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(
				DeclaredTable.about(DataSubject.PERSON, "audit_entry", null)
					.plain("id", "action", "purpose", "fields", "chain_seq", "prev_hash", "hash", "request_id")
					.column("occurred_at", DataCategory.CONNECTION, ACCOUNTABILITY)
					.column("actor", DataCategory.ACCOUNT, ACCOUNTABILITY)
					.column("actor_roles", DataCategory.PROFESSIONAL, ACCOUNTABILITY)
					.column("subject", DataCategory.PSEUDONYM, ACCOUNTABILITY)
					.column("detail", DataCategory.ACCOUNT, ACCOUNTABILITY)
					.build(),
				DeclaredTable.withoutPersonalData("audit_chain_head").plain("id", "chain_seq", "hash").build(),
				DeclaredTable.withoutPersonalData("audit_check")
					.plain("id", "checked_at", "entries", "unsealed", "broken_at", "problem")
					.build());
	}

}
