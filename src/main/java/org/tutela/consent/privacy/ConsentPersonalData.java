package org.tutela.consent.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.consent.ledger.Choices;

/** The consent module's part of the catalogue: the choices each person made. */
@Component
class ConsentPersonalData implements PersonalDataProvider {

	private static final DeclaredTable CHOICES = DeclaredTable.about(DataSubject.PERSON, "consent_choice", "person_id")
		.plain("id", "seq", "person_id")
		.column("purpose", DataCategory.PROVENANCE, "accountability")
		.column("kind", DataCategory.PROVENANCE, "accountability")
		.column("channel", DataCategory.PROVENANCE, "accountability")
		.column("occurred_at", DataCategory.PROVENANCE, "accountability")
		.column("wording_id", DataCategory.PROVENANCE, "accountability")
		.column("ip_address", DataCategory.CONNECTION, "accountability")
		.column("user_agent", DataCategory.CONNECTION, "accountability")
		.column("form", DataCategory.PROVENANCE, "accountability")
		.column("framework", DataCategory.PROVENANCE, "accountability")
		.column("reference", DataCategory.PROVENANCE, "accountability")
		.build();

	private static final DeclaredTable CURRENT = DeclaredTable.about(DataSubject.PERSON, "consent_current", "person_id")
		.plain("person_id")
		.column("purpose", DataCategory.PROVENANCE, "accountability")
		.column("kind", DataCategory.PROVENANCE, "accountability")
		.column("occurred_at", DataCategory.PROVENANCE, "accountability")
		.build();

	private static final DeclaredTable WORDINGS = DeclaredTable.withoutPersonalData("consent_wording")
		.plain("id", "purpose", "language", "version", "text", "text_hash", "created_at")
		.build();

	private final Choices choices;

	ConsentPersonalData(Choices choices) {
		this.choices = choices;
	}

	@Override
	public String module() {
		return "consent";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(CHOICES, CURRENT, WORDINGS);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		return this.choices.rows(person).stream().map(row -> CHOICES.record(null, row)).toList();
	}

	/** Without the person, their choices prove nothing: both modes delete them. */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.choices.delete(person);
	}

	/**
	 * Choices are the person's own instructions; a restriction does not stop honouring
	 * them.
	 */
	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Nothing to mark: restriction limits processing, and a choice is not processed
		// for any purpose.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.choices.reassign(from, into);
	}

}
