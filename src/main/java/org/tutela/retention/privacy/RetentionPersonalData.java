package org.tutela.retention.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.retention.hold.HoldStore;

/**
 * The retention module's part of the catalogue: legal holds name a person; the record of
 * runs and of contract close-outs holds counts, kinds and companies only, and the staff
 * who acted.
 */
@Component
class RetentionPersonalData implements PersonalDataProvider {

	private static final DeclaredTable HOLDS = DeclaredTable.about(DataSubject.PERSON, "retention_hold", "person_id")
		.plain("id", "person_id", "reference")
		.column("reason", DataCategory.PROVENANCE, "accountability")
		.column("note", DataCategory.PROVENANCE, "accountability")
		.column("placed_by", DataCategory.ACCOUNT, "accountability")
		.column("placed_at", DataCategory.PROVENANCE, "accountability")
		.column("lifted_by", DataCategory.ACCOUNT, "accountability")
		.column("lifted_at", DataCategory.PROVENANCE, "accountability")
		.build();

	private static final List<DeclaredTable> TABLES = List.of(HOLDS,
			DeclaredTable.about(DataSubject.STAFF, "retention_run", null)
				.plain("id", "dry_run", "node", "started_at", "finished_at", "outcome")
				.column("started_by", DataCategory.ACCOUNT, "accountability")
				.build(),
			DeclaredTable.withoutPersonalData("retention_run_rule")
				.plain("run_id", "position", "activity", "rule_text", "module", "kind", "cutoff", "reached", "held",
						"duration_ms", "outcome", "failure")
				.build(),
			DeclaredTable.about(DataSubject.STAFF, "retention_contract_end", null)
				.plain("id", "organisation_id", "contract_ended_on", "due_on", "transferred", "closed_at")
				.column("organisation_name", DataCategory.COMPANY, "accountability")
				.column("closed_by", DataCategory.ACCOUNT, "accountability")
				.build(),
			DeclaredTable.withoutPersonalData("retention_contract_line")
				.plain("contract_end_id", "position", "outcome", "kind", "records", "reason")
				.build(),
			DeclaredTable.about(DataSubject.STAFF, "retention_contract_notice", null)
				.plain("contract_end_id", "recipient", "told_at")
				.column("told_by", DataCategory.ACCOUNT, "accountability")
				.build());

	private final HoldStore holds;

	RetentionPersonalData(HoldStore holds) {
		this.holds = holds;
	}

	@Override
	public String module() {
		return "retention";
	}

	@Override
	public List<DeclaredTable> tables() {
		return TABLES;
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		return this.holds.rowsAbout(person).stream().map(row -> HOLDS.record("legal hold", row)).toList();
	}

	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.holds.forget(person);
	}

	/** A hold already stops the sweeps; restriction changes nothing here. */
	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Nothing to mark here.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.holds.reassign(from, into);
	}

}
