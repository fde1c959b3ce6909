package org.tutela.incidents.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.incidents.notice.AffectedPersonStore;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonalRecord;

/**
 * The persons told of a high-risk breach (GDPR Art. 34): who was selected, in which
 * language, and when they were told. Kept for accountability (Art. 5(2)), as long as the
 * breach's record is: proof that each person was told. Erasure takes the person out: one
 * not told yet will not be; a telling done stays counted for the breach, pointing at
 * nobody. The notices describe the breach and hold no personal data.
 */
@Component
class BreachNoticePersonalData implements PersonalDataProvider {

	private static final String ACCOUNTABILITY = "accountability";

	private static final DeclaredTable PERSONS = DeclaredTable
		.about(DataSubject.PERSON, "incidents_breach_person", "person_id")
		.plain("breach_id", "person_id")
		.column("language", DataCategory.DEMOGRAPHIC, ACCOUNTABILITY)
		.column("status", DataCategory.PROVENANCE, ACCOUNTABILITY)
		.column("selected_at", DataCategory.PROVENANCE, ACCOUNTABILITY)
		.column("told_at", DataCategory.PROVENANCE, ACCOUNTABILITY)
		.column("selected_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	private static final DeclaredTable NOTICES = DeclaredTable.about(DataSubject.STAFF, "incidents_breach_notice", null)
		.plain("breach_id", "language", "subject", "body", "written_at")
		.column("written_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	private static final DeclaredTable SENDINGS = DeclaredTable
		.about(DataSubject.STAFF, "incidents_breach_sending", null)
		.plain("breach_id", "queued_at", "through", "done")
		.column("queued_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	private final AffectedPersonStore store;

	BreachNoticePersonalData(AffectedPersonStore store) {
		this.store = store;
	}

	@Override
	public String module() {
		return "incidents";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(PERSONS, NOTICES, SENDINGS);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		return this.store.rowsAbout(person).stream().map(row -> PERSONS.record("breach notice", row)).toList();
	}

	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.store.forget(person);
	}

	/** A telling is owed to the person whatever the restriction: nothing to mark. */
	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Art. 34 applies to restricted data as well.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.store.reassign(from, into);
	}

}
