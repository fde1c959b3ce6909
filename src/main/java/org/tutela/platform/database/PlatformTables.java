package org.tutela.platform.database;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.platform.DeclaredTable;
import org.tutela.platform.TableDeclarations;

/**
 * The platform's tables. Events between modules carry ids, never personal values, so the
 * publication registry holds no personal data.
 */
@Component
class PlatformTables implements TableDeclarations {

	@Override
	public String module() {
		return "platform";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(DeclaredTable.withoutPersonalData("platform_demo_data").plain("loaded_at").build(),
				DeclaredTable.withoutPersonalData("event_publication")
					.plain("id", "listener_id", "event_type", "serialized_event", "publication_date", "completion_date",
							"status", "completion_attempts", "last_resubmission_date")
					.build(),
				DeclaredTable.withoutPersonalData("flyway_schema_history")
					.plain("installed_rank", "version", "description", "type", "script", "checksum", "installed_by",
							"installed_on", "execution_time", "success")
					.build());
	}

}
