package org.tutela.catalog.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.TableDeclarations;

/**
 * The catalogue holds no data about persons; which staff member teaches a session is
 * staff data.
 */
@Component
class CatalogPersonalData implements TableDeclarations {

	@Override
	public String module() {
		return "catalog";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(
				DeclaredTable.withoutPersonalData("catalog_course")
					.plain("id", "code", "title", "language", "certified", "created_at", "duration_hours",
							"price_cents", "certifying_authority", "accreditation", "validity_months",
							"attendance_percent", "free_cancellation_days", "vat")
					.build(),
				DeclaredTable.withoutPersonalData("catalog_course_text")
					.plain("course_id", "language", "title", "description")
					.build(),
				DeclaredTable.withoutPersonalData("catalog_room").plain("id", "name", "address", "capacity").build(),
				DeclaredTable.withoutPersonalData("catalog_session")
					.plain("id", "course_id", "first_day", "last_day", "starts_at", "ends_at", "room_id", "online",
							"capacity", "minimum_participants", "language", "created_at", "cancelled_at", "held_at")
					.build(),
				DeclaredTable.about(DataSubject.STAFF, "catalog_session_trainer", "account_id")
					.plain("session_id")
					.column("account_id", DataCategory.ACCOUNT, "training-administration")
					.build());
	}

}
