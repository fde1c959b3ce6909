package org.tutela.incidents.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.TableDeclarations;

/**
 * The breach register's part of the catalogue. A breach is described by kinds and counts
 * (which categories of data and of persons, about how many), never by the persons
 * affected: the form asks for descriptions and no field takes a person, so the free texts
 * are declared as holding no personal data. What does name someone is who recorded or
 * changed an entry and a submission: staff data, kept for accountability (Art. 5(2)).
 */
@Component
class BreachPersonalData implements TableDeclarations {

	private static final String ACCOUNTABILITY = "accountability";

	@Override
	public String module() {
		return "incidents";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(DeclaredTable.about(DataSubject.STAFF, "incidents_breach", null)
			.plain("id", "reference", "title", "what_happened", "began_at", "discovered_at", "data_categories",
					"person_categories", "persons_approx", "records_approx", "consequences", "measures_taken",
					"measures_planned", "risk", "risk_reasoning", "clients_contacted_at", "recorded_at", "changed_at")
			.column("recorded_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
			.column("changed_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
			.build(),
				DeclaredTable.about(DataSubject.STAFF, "incidents_breach_submission", null)
					.plain("id", "breach_id", "phase", "submitted_at", "authority_reference", "recorded_at")
					.column("recorded_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
					.build(),
				DeclaredTable.about(DataSubject.ORGANISATION, "incidents_breach_client", "organisation_id")
					.plain("breach_id", "organisation_id", "listed_at", "told_at")
					.column("organisation_name", DataCategory.COMPANY, ACCOUNTABILITY)
					.column("listed_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
					.column("told_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
					.build(),
				DeclaredTable.withoutPersonalData("incidents_breach_reminder")
					.plain("breach_id", "clock", "hours_before", "sent_at")
					.build());
	}

}
