package org.tutela.enrolment.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Sessions;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.RetentionAction;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.enrolment.registration.RegistrationStore;

/**
 * The enrolment module's part of the catalogue: registrations (the participant's and the
 * registrant's), attendance with signatures, and evaluation links. Evaluation answers are
 * kept without any link to a person, so they hold no personal data.
 */
@Component
class EnrolmentPersonalData implements PersonalDataProvider {

	private static final DeclaredTable REGISTRATIONS = DeclaredTable
		.about(DataSubject.PERSON, "enrolment_registration", "participant_id")
		.plain("id", "participant_id", "cancel_token_hash", "keep_informed_token_hash", "anonymised_on")
		.column("session_id", DataCategory.PROFESSIONAL, "training-administration")
		.column("registrant_id", DataCategory.PROVENANCE, "training-administration")
		.column("organisation_id", DataCategory.PROFESSIONAL, "training-administration")
		.column("status", DataCategory.PROVENANCE, "training-administration")
		.column("source", DataCategory.PROVENANCE, "training-administration")
		.column("ip_address", DataCategory.CONNECTION, "training-administration")
		.column("user_agent", DataCategory.CONNECTION, "training-administration")
		.column("remark", DataCategory.SPECIAL, RegistrationStore.REMARK_PURPOSE)
		.column("registered_at", DataCategory.PROVENANCE, "training-administration")
		.column("cancelled_at", DataCategory.PROVENANCE, "training-administration")
		.column("cancelled_by", DataCategory.PROVENANCE, "training-administration")
		.column("late_cancellation", DataCategory.FINANCIAL, "training-administration")
		.column("fee_due", DataCategory.FINANCIAL, "training-administration")
		.build();

	private static final DeclaredTable ATTENDANCE = DeclaredTable
		.about(DataSubject.PERSON, "enrolment_attendance", null)
		.plain("registration_id", "recorded_at")
		.column("session_day", DataCategory.PROVENANCE, "training-administration")
		.column("present", DataCategory.PROVENANCE, "training-administration")
		.column("signature", DataCategory.IDENTITY, "training-administration")
		.column("recorded_by", DataCategory.ACCOUNT, "training-administration")
		.build();

	private static final DeclaredTable INVITES = DeclaredTable
		.about(DataSubject.PERSON, "enrolment_evaluation_invite", null)
		.plain("registration_id", "token_hash")
		.column("sent_at", DataCategory.PROVENANCE, "training-administration")
		.column("answered", DataCategory.PROVENANCE, "training-administration")
		.build();

	private static final DeclaredTable RESULTS_DISCLOSED = DeclaredTable
		.about(DataSubject.PERSON, "enrolment_result_disclosure", null)
		.plain("registration_id", "disclosure_id")
		.column("disclosed_at", DataCategory.PROVENANCE, "training-delivery")
		.build();

	private static final DeclaredTable EVALUATIONS = DeclaredTable.withoutPersonalData("enrolment_evaluation")
		.plain("id", "session_id", "trainer_score", "content_score", "organisation_score", "comment", "answered_on")
		.build();

	private final RegistrationStore store;

	private final JdbcClient jdbc;

	private final Sessions sessions;

	private final ExpiringRegistrations registrations;

	EnrolmentPersonalData(RegistrationStore store, JdbcClient jdbc, Sessions sessions,
			ExpiringRegistrations registrations) {
		this.registrations = registrations;
		this.sessions = sessions;
		this.store = store;
		this.jdbc = jdbc;
	}

	@Override
	public String module() {
		return "enrolment";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(REGISTRATIONS, ATTENDANCE, INVITES, RESULTS_DISCLOSED, EVALUATIONS);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		return this.store.rowsAbout(person).stream().map(row -> REGISTRATIONS.record("registration", row)).toList();
	}

	/**
	 * The person's registrations leave as a retention rule takes them: deleted, or
	 * anonymised (session, organisation, status and attendance kept for statistics,
	 * everything that leads to the person gone), so that an anonymised registration is
	 * one thing, whatever the reason. Which mode applies is decided by the requests
	 * module from the pack's on-erasure answers. Registrations the person made for others
	 * stay the participants', without the person's name.
	 */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.registrations.apply(mode == ErasureMode.DELETE ? RetentionAction.DELETE : RetentionAction.ANONYMISE,
				this.store.idsOfParticipant(person));
		this.jdbc.sql("UPDATE enrolment_registration SET registrant_id = NULL WHERE registrant_id = :person")
			.param("person", person.value())
			.update();
	}

	/** The end of the last session the person took part in or is registered for. */
	@Override
	public Map<Anchor, LocalDate> anchors(PersonId person) {
		return this.jdbc.sql(
				"SELECT session_id FROM enrolment_registration WHERE participant_id = :person AND status = 'CONFIRMED'")
			.param("person", person.value())
			.query(UUID.class)
			.list()
			.stream()
			.map(session -> this.sessions.get(session).lastDay())
			.max(LocalDate::compareTo)
			.map(last -> Map.of(Anchor.SESSION_END, last))
			.orElse(Map.of());
	}

	/**
	 * Restriction stops new processing through the purpose guard; registrations stay as
	 * they are.
	 */
	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Nothing to mark here.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE enrolment_registration SET participant_id = :into WHERE participant_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		this.jdbc.sql("UPDATE enrolment_registration SET registrant_id = :into WHERE registrant_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
	}

	@Bean
	static EncryptedColumn registrationRemarks() {
		return RegistrationStore.REMARK;
	}

}
