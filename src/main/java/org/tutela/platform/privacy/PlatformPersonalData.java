package org.tutela.platform.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.TableDeclarations;

/**
 * The platform's tables, the mail outbox and the registry of event publications among
 * them.
 */
@Component
class PlatformPersonalData implements TableDeclarations {

	@Override
	public String module() {
		return "platform";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(DeclaredTable.withoutPersonalData("platform_demo_data").plain("loaded_at").build(),
				// Which node runs which scheduled job until when: host names, no person.
				DeclaredTable.withoutPersonalData("shedlock")
					.plain("name", "lock_until", "locked_at", "locked_by")
					.build(),
				// Queued mail lives seconds to minutes, encrypted, and is deleted once
				// sent or after a few days unsent; it names no person's id.
				DeclaredTable.about(DataSubject.PERSON, "platform_mail", null)
					.plain("id", "queued_at", "attempts", "next_attempt_at", "last_error", "encrypted")
					.column("recipient", DataCategory.CONTACT, "mail-delivery")
					.column("subject", DataCategory.IDENTITY, "mail-delivery")
					.column("body", DataCategory.IDENTITY, "mail-delivery")
					.build(),
				DeclaredTable.about(DataSubject.PERSON, "platform_mail_attachment", null)
					.plain("mail_id", "position", "name", "content_type")
					.column("content", DataCategory.IDENTITY, "mail-delivery")
					.build(),
				// Events name persons by id only; an erasure's also carries a keyed
				// hash of each of the person's addresses, so that the modules holding
				// copies find them. A publication is deleted once its listener completed
				// it.
				DeclaredTable.about(DataSubject.PERSON, "event_publication", null)
					.plain("id", "listener_id", "event_type", "publication_date", "completion_date", "status",
							"completion_attempts", "last_resubmission_date")
					.column("serialized_event", DataCategory.PSEUDONYM, "suppression")
					.build(),
				DeclaredTable.withoutPersonalData("flyway_schema_history")
					.plain("installed_rank", "version", "description", "type", "script", "checksum", "installed_by",
							"installed_on", "execution_time", "success")
					.build());
	}

}
