package org.tutela.certification.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.RetentionAction;
import org.tutela.certification.archive.CertificateStore;

/**
 * The certification module's part of the catalogue. A certificate is kept as the pack's
 * certification activity says, usually under a legal obligation: the requests module then
 * leaves this module out of an erasure and tells the date it becomes possible.
 */
@Component
class CertificationPersonalData implements PersonalDataProvider {

	private static final DeclaredTable CERTIFICATES = DeclaredTable
		.about(DataSubject.PERSON, "certification_certificate", "person_id")
		.references("enrolment_registration")
		.plain("id", "registration_id", "person_id", "session_id", "archived_on", "anonymised_on")
		.column("code", DataCategory.IDENTIFIER, "certification")
		.column("holder_name", DataCategory.IDENTITY, "certification")
		.column("course_code", DataCategory.PROFESSIONAL, "certification")
		.column("course_title", DataCategory.PROFESSIONAL, "certification")
		.column("completed_on", DataCategory.PROFESSIONAL, "certification")
		.column("valid_until", DataCategory.PROFESSIONAL, "certification")
		.column("issued_at", DataCategory.PROVENANCE, "certification")
		.column("reminded_at", DataCategory.PROVENANCE, "certification")
		.build();

	private final CertificateStore store;

	private final ExpiringCertificates certificates;

	CertificationPersonalData(CertificateStore store, ExpiringCertificates certificates) {
		this.store = store;
		this.certificates = certificates;
	}

	@Override
	public String module() {
		return "certification";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(CERTIFICATES);
	}

	/** Every certificate, those in the restricted archive (MEZ-8) marked as such. */
	@Override
	public List<PersonalRecord> export(PersonId person) {
		return this.store.rowsAbout(person).stream().map(row -> {
			PersonalRecord record = CERTIFICATES.record("certificate", row);
			return row.get("archived_on") == null ? record : record.inArchive();
		}).toList();
	}

	/**
	 * Where the pack's certification activity lets them go. Usually the law keeps them,
	 * and the requests module leaves them out of the erasure, restricted, naming the date
	 * they can go. Otherwise a certificate leaves as a retention rule takes it: an
	 * anonymised certificate is one thing, whatever the reason.
	 */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.certificates.apply(mode == ErasureMode.DELETE ? RetentionAction.DELETE : RetentionAction.ANONYMISE,
				this.store.idsOf(person));
	}

	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Restriction stops reminders through the purpose guard; the certificates stay as
		// issued.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.store.reassign(from, into);
	}

}
