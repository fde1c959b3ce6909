package org.tutela.recruitment.privacy;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.RetentionAction;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.recruitment.Vacancies;
import org.tutela.recruitment.application.ApplicationStore;

/**
 * The recruitment module's part of the catalogue: job applications with their CVs, kept
 * for the purpose {@code recruitment}, which the pack maps to the activity that handles
 * them (SKI-2). An application is a confidential file: staff who do not recruit do not
 * see it on the person's page; the person's access overview shows what they wrote, not
 * the CV's content. An erasure deletes the person's applications with their CVs.
 */
@Component
class RecruitmentPersonalData implements PersonalDataProvider {

	private static final String PURPOSE = Vacancies.PURPOSE;

	private static final String ACCOUNTABILITY = "accountability";

	/** A vacancy names no applicant; who opened and ended it is staff. */
	private static final DeclaredTable VACANCIES = DeclaredTable.about(DataSubject.STAFF, "recruitment_vacancy", null)
		.plain("id", "title", "closes_on", "opened_at", "procedure_ended_on", "reminded_on")
		.column("opened_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("ended_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	static final DeclaredTable APPLICATIONS = DeclaredTable
		.about(DataSubject.PERSON, "recruitment_application", "person_id")
		.plain("id", "vacancy_id", "person_id", "cv_size", "language", "restricted", "keep_longer_token_hash")
		.column("first_name", DataCategory.IDENTITY, PURPOSE)
		.column("last_name", DataCategory.IDENTITY, PURPOSE)
		.column("email", DataCategory.CONTACT, PURPOSE)
		.column("phone", DataCategory.CONTACT, PURPOSE)
		.column("motivation", DataCategory.PROFESSIONAL, PURPOSE)
		.column("cv_name", DataCategory.PROFESSIONAL, PURPOSE)
		.column("cv_cipher", DataCategory.PROFESSIONAL, PURPOSE)
		.column("kept_longer", DataCategory.PROVENANCE, PURPOSE)
		.column("kept_longer_words", DataCategory.PROVENANCE, PURPOSE)
		.column("kept_longer_withdrawn_at", DataCategory.PROVENANCE, PURPOSE)
		.column("fingerprint", DataCategory.PSEUDONYM, PURPOSE)
		.column("received_at", DataCategory.PROVENANCE, PURPOSE)
		.confidentialFile("job-application")
		.build();

	private final ApplicationStore store;

	private final ExpiringApplications expiring;

	private final MailAddresses addresses;

	RecruitmentPersonalData(ApplicationStore store, ExpiringApplications expiring, MailAddresses addresses) {
		this.store = store;
		this.expiring = expiring;
		this.addresses = addresses;
	}

	@Override
	public String module() {
		return "recruitment";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(VACANCIES, APPLICATIONS);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		return this.store.rowsAbout(person, this.addresses.onlyOf(person))
			.stream()
			.map(row -> APPLICATIONS.record(null, row))
			.toList();
	}

	/**
	 * Applications are deleted, never kept anonymised, through the same kind of record
	 * the sweeps reach; those sent from an address only this person holds go too.
	 */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.expiring.apply(RetentionAction.DELETE, this.store.idsAbout(person, this.addresses.onlyOf(person)));
	}

	@Override
	public void restrict(PersonId person, boolean restricted) {
		this.store.restrict(person, restricted);
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.store.reassign(from, into);
	}

	/** The CVs, re-encrypted with every key rotation. */
	@Bean
	static EncryptedColumn recruitmentCvs() {
		return ApplicationStore.CV;
	}

}
