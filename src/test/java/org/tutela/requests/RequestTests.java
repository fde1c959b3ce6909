package org.tutela.requests;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.catalog.Session;
import org.tutela.personaldata.PersonId;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Amendment;
import org.tutela.people.Correction;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.requests.file.UnconfirmedRequests;
import org.tutela.testing.Eventually;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.requests.RequestFixtures.body;
import static org.tutela.requests.RequestFixtures.dpo;
import static org.tutela.requests.RequestFixtures.link;

/**
 * Requests under the training company's pack: 30 days, identity verified before anything
 * is disclosed (MEZ-10), rectification with the amended overview (MEZ-11), complete
 * erasure for someone who never registered and an archive for someone who did (MEZ-13).
 */
@SpringBootTest(properties = "tutela.base-url=https://tutela.example")
@Import({ TrainingFixtures.class, RequestFixtures.class })
@DirtiesContext
class RequestTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	DpoDesk desk;

	@Autowired
	RequestDownloads downloads;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestAnswers answers;

	@Autowired
	Registering registering;

	@Autowired
	ConsentLedger consent;

	@Autowired
	TrainingFixtures training;

	@Autowired
	RequestFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	UnconfirmedRequests unconfirmed;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void accessIsGivenOnlyAfterTheRequesterOpensTheLinkSentToTheirAddress_MEZ10() throws Exception {
		String email = "an+" + this.tag + "@example.org";
		PersonId person = person("An", email);
		DataRequest request = this.intake.submit(new NewRequest(Right.ACCESS, null, "An Peeters", email, null),
				Locale.ENGLISH);

		assertThat(request.dueOn()).as("30 days, moved to a working day")
			.isAfterOrEqualTo(request.receivedOn().plusDays(30))
			.isBefore(request.receivedOn().plusDays(34));
		assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_VERIFICATION);
		assertThatThrownBy(() -> dpo(() -> this.answers.answerAccess(request.id(), null)))
			.isInstanceOf(RequestNotOpen.class)
			.hasMessage("request-not-verified");

		String challenge = link(Mailbox.await(smtp, email, "Please confirm your request"), "/requests/confirm/");
		DataRequest verified = this.intake.confirm(challenge);
		assertThat(verified.status()).isEqualTo(RequestStatus.VERIFIED);
		assertThat(verified.person()).isEqualTo(person);
		assertThat(verified.verification()).isEqualTo(Verification.EMAIL_CHALLENGE);
		assertThatThrownBy(() -> this.intake.confirm(challenge)).as("a link opens once")
			.isInstanceOf(RequestNotOpen.class);

		DataRequest answered = dpo(() -> this.answers.answerAccess(request.id(), null));
		assertThat(answered.status()).isEqualTo(RequestStatus.COMPLETED);
		String download = link(Mailbox.await(smtp, email, "The overview of your data"), "/requests/download/");
		Overview overview = this.downloads.download(download, Optional.empty()).orElseThrow();
		assertThat(overview.name()).isEqualTo("An Peeters");
		assertThat(overview.groups().get(0).records())
			.anySatisfy(record -> assertThat(record.fields()).containsEntry("first_name", "An")
				.containsEntry("last_name", "Peeters"));
		assertThat(this.downloads.download("not-a-token", Optional.empty())).isEmpty();
		assertThat(dpo(() -> this.desk.steps(request.id()))).extracting(RequestStep::step)
			.containsExactly("received", "verified", "completed");
	}

	@Test
	void anAddressNobodyHoldsWaitsForStaffToVerifyWithEvidence_MEZ10() throws Exception {
		String email = "unknown+" + this.tag + "@example.org";
		DataRequest request = this.intake.submit(new NewRequest(Right.ACCESS, null, "Els Maes", email, null),
				Locale.ENGLISH);
		DataRequest confirmed = this.intake
			.confirm(link(Mailbox.await(smtp, email, "Please confirm your request"), "/requests/confirm/"));

		assertThat(confirmed.status()).isEqualTo(RequestStatus.AWAITING_VERIFICATION);
		assertThat(confirmed.person()).isNull();
		PersonId person = person("Els", "els+" + this.tag + "@example.org");
		assertThatThrownBy(() -> dpo(() -> this.desk.verify(request.id(), person, " ")))
			.isInstanceOf(InvalidInput.class);
		DataRequest verified = dpo(() -> this.desk.verify(request.id(), person, "identity card shown at the desk"));
		assertThat(verified.verification()).isEqualTo(Verification.STAFF);
		assertThat(verified.person()).isEqualTo(person);
	}

	@Test
	void aSharedMailboxOrAnotherNameIsNotProofOfWhoAsks_MEZ10() throws Exception {
		String shared = "info+" + this.tag + "@example.org";
		person("Ann", shared);
		person("Bob", shared);
		String cis = "cis+" + this.tag + "@example.org";
		person("Cis", cis);
		String fien = "fien+" + this.tag + "@example.org";
		PersonId fienPeeters = person("Fien", fien);
		this.intake.submit(new NewRequest(Right.ACCESS, null, "Ann Peeters", shared, null), Locale.ENGLISH);
		this.intake.submit(new NewRequest(Right.ACCESS, null, "Dirk Peeters", cis, null), Locale.ENGLISH);
		this.intake.submit(new NewRequest(Right.ACCESS, null, "fien PEETERS", fien, null), Locale.ENGLISH);

		assertThat(confirm(shared).person()).as("two persons share the address").isNull();
		assertThat(confirm(cis).status()).as("another name than the holder's")
			.isEqualTo(RequestStatus.AWAITING_VERIFICATION);
		assertThat(confirm(fien).person()).as("the holder's name, written otherwise").isEqualTo(fienPeeters);
	}

	@Test
	void aRequestWhoseLinkExpiredUnopenedIsDeleted() {
		DataRequest request = this.intake.submit(new NewRequest(Right.ERASURE, null, "Gert Peeters",
				"gert+" + this.tag + "@example.org", "Please delete me."), Locale.ENGLISH);
		this.jdbc.sql("UPDATE requests_request SET challenge_expires_at = :past WHERE id = :id")
			.param("past", OffsetDateTime.now().minusMinutes(1))
			.param("id", request.id())
			.update();

		assertThat(this.unconfirmed.delete()).isPositive();
		assertThat(count("SELECT COUNT(*) FROM requests_request WHERE id = :id", request.id())).isZero();
	}

	@Test
	void anObjectionToAContractOrALegalObligationIsRefused_MEZ14() {
		PersonId person = person("Wim", "wim+" + this.tag + "@example.org");
		DataRequest objection = verified(person, Right.OBJECTION);
		assertThatThrownBy(() -> dpo(() -> this.answers.object(objection.id(), List.of("certification"))))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
				.anySatisfy(error -> assertThat(error.code()).isEqualTo("requests.activity-basis")));
		assertThat(this.consent.latest(person, "certification")).isEmpty();
	}

	@Test
	void aMedicalFileRequestIsRefusedOnTheWebAndNeedsARegisteredLetter_MEN17() {
		assertThatThrownBy(() -> this.intake.submit(
				new NewRequest(Right.ACCESS, FileKind.MEDICAL, "Jo Claes", "jo+" + this.tag + "@example.org", null),
				Locale.ENGLISH))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
				.anySatisfy(error -> assertThat(error.code()).isEqualTo("requests.registered-letter")));
		assertThatThrownBy(() -> dpo(() -> this.intake.receive(new StaffIntake(Intake.LETTER, Right.ACCESS,
				FileKind.MEDICAL, "Jo Claes", null, null, LocalDate.now(), null, null))))
			.isInstanceOf(InvalidInput.class);

		DataRequest letter = dpo(() -> this.intake.receive(new StaffIntake(Intake.REGISTERED_LETTER, Right.ACCESS,
				FileKind.MEDICAL, "Jo Claes", null, null, LocalDate.now().minusDays(2), null,
				new StaffIntake.Document("letter.pdf", "application/pdf", new byte[] { 1, 2, 3 }))));
		assertThat(letter.answeredToPhysician()).isTrue();
		assertThat(letter.hasDocument()).isTrue();
		assertThat(letter.dueOn()).as("counted from the day it was received").isBefore(LocalDate.now().plusDays(31));
	}

	@Test
	void aRectificationRecordsBeforeAndAfterAndSendsTheAmendedOverview_MEZ11() throws Exception {
		String email = "piet+" + this.tag + "@example.org";
		PersonId person = person("Piet", email);
		DataRequest request = verified(person, Right.RECTIFICATION);

		List<Amendment> changed = dpo(
				() -> this.answers.rectify(request.id(), new Correction(null, null, "Peters", null, null, null)));

		assertThat(changed).containsExactly(new Amendment("lastName", "Peeters", "Peters"));
		assertThat(this.jdbc.sql("SELECT last_name FROM people_person WHERE id = :id")
			.param("id", person.value())
			.query(String.class)
			.single()).isEqualTo("Peters");
		assertThat(dpo(() -> this.desk.steps(request.id()))).anySatisfy(step -> {
			assertThat(step.step()).isEqualTo("rectified");
			assertThat(step.note()).isEqualTo("lastName: Peeters -> Peters");
		});
		assertThat(this.catalogue.export(person).get("requests")).as("the request's steps are the person's data too")
			.anySatisfy(record -> assertThat(record.fields()).containsEntry("note", "lastName: Peeters -> Peters"));
		String download = link(Mailbox.await(smtp, email, "Your data was corrected"), "/requests/download/");
		assertThat(this.downloads.download(download, Optional.empty()).orElseThrow().name()).isEqualTo("Piet Peters");
	}

	@Test
	void someoneWhoNeverRegisteredIsErasedCompletelyAndNotAddedAgain_MEZ13() throws Exception {
		String email = "nora+" + this.tag + "@example.org";
		PersonId person = person("Nora", email);
		DataRequest request = verified(person, Right.ERASURE);

		ErasureOutcome outcome = dpo(() -> this.answers.erase(request.id()));

		assertThat(outcome.complete()).isTrue();
		assertThat(count("SELECT COUNT(*) FROM people_person WHERE id = :id", person.value())).isZero();
		assertThat(count("SELECT COUNT(*) FROM people_contact_point WHERE person_id = :id", person.value())).isZero();
		assertThat(count("SELECT COUNT(*) FROM consent_choice WHERE person_id = :id", person.value())).isZero();
		assertThat(count("SELECT COUNT(*) FROM requests_request WHERE person_id = :id AND requester_email IS NOT NULL",
				person.value()))
			.as("the request file keeps no address")
			.isZero();
		assertThat(body(Mailbox.await(smtp, email, "Your data was erased"))).contains("Gegevensbeschermingsautoriteit");
		assertThatThrownBy(() -> person("Nora", email)).as("a later form or import cannot add her again")
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
				.anySatisfy(error -> assertThat(error.code()).isEqualTo("erased")));
	}

	@Test
	void mailStillQueuedForSomeoneErasedIsCancelledAndTheirPortalAccountClosedButTheConfirmationGoes_MEZ13()
			throws Exception {
		String email = "olga+" + this.tag + "@example.org";
		PersonId person = person("Olga", email);
		UUID waiting = queueWhileTheServerIsAway(email.toUpperCase(Locale.ROOT));
		UUID someoneElse = queueWhileTheServerIsAway("other+" + this.tag + "@example.org");
		this.accounts.portal(Role.PARTICIPANT, email);
		this.accounts.portal(Role.PARTICIPANT, "other+" + this.tag + "@example.org");
		DataRequest request = verified(person, Right.ERASURE);

		assertThat(dpo(() -> this.answers.erase(request.id())).complete()).isTrue();

		// The outbox acts on the erasure after its commit, on a thread of its own.
		Eventually.holds("the mail queued for her is cancelled",
				() -> count("SELECT COUNT(*) FROM platform_mail WHERE id = :id", waiting) == 0);
		assertThat(count("SELECT COUNT(*) FROM platform_mail WHERE id = :id", someoneElse))
			.as("mail for someone else stays")
			.isEqualTo(1);
		assertThat(Mailbox.await(smtp, email, "Your data was erased")).as("the confirmation still goes").hasSize(1);
		Eventually.holds("her portal account is closed", () -> portalAccounts(email) == 0);
		assertThat(portalAccounts("other+" + this.tag + "@example.org")).as("someone else's stays").isEqualTo(1);
	}

	private int portalAccounts(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM identity_account WHERE LOWER(email) = LOWER(:email)")
			.param("email", email)
			.query(Integer.class)
			.single();
	}

	/** A message to {@code to} waiting for the mail server to come back. */
	private UUID queueWhileTheServerIsAway(String to) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO platform_mail (id, recipient, subject, body, queued_at, attempts, next_attempt_at)
				VALUES (:id, :to, 'Your certificate', 'Dear ...', :queued, 3, :next)""")
			.param("id", id)
			.param("to", to)
			.param("queued", OffsetDateTime.now().minusHours(1))
			.param("next", OffsetDateTime.now().plusHours(1))
			.update();
		return id;
	}

	@Test
	void someoneWhoRegisteredIsKeptInARestrictedArchiveUntilADateThatIsStated_MEZ13() throws Exception {
		String email = "bert+" + this.tag + "@example.org";
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(10));
		PersonId person = Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm("Bert", "Peeters", email, null, null, null, null, null, null, null, null), "en"))
			.participant();
		DataRequest request = verified(person, Right.ERASURE);

		ErasureOutcome outcome = dpo(() -> this.answers.erase(request.id()));

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.kept()).singleElement().satisfies(kept -> {
			assertThat(kept.activity()).isEqualTo("training-administration");
			assertThat(kept.possibleFrom()).as("10 years after the end of the session's year")
				.isEqualTo(LocalDate.of(session.lastDay().getYear() + 10, 12, 31).plusDays(1));
		});
		assertThat(count("SELECT COUNT(*) FROM people_person WHERE id = :id AND restricted", person.value())).isOne();
		assertThat(count("SELECT COUNT(*) FROM enrolment_registration WHERE participant_id = :id", person.value()))
			.isOne();
		assertThat(body(Mailbox.await(smtp, email, "Your erasure request")))
			.contains(String.valueOf(session.lastDay().getYear() + 11));
	}

	@Test
	void anObjectionIsRecordedInTheConsentLedgerAndARefusalNamesTheComplaintRoute_MEZ14_MEZ15() throws Exception {
		String email = "karel+" + this.tag + "@example.org";
		PersonId person = person("Karel", email);
		DataRequest objection = verified(person, Right.OBJECTION);
		List<String> objected = dpo(() -> this.answers.object(objection.id(), List.of("marketing")));
		assertThat(objected).containsExactly("marketing");
		assertThat(this.consent.latest(person, "marketing"))
			.hasValueSatisfying(choice -> assertThat(choice.kind()).isEqualTo(ChoiceKind.OBJECTED));

		DataRequest other = verified(person, Right.ERASURE);
		dpo(() -> this.desk.refuse(other.id(), "The request repeats one answered last week."));
		assertThat(body(Mailbox.await(smtp, email, "Your request"))).contains("Hello Karel")
			.contains("The request repeats one answered last week.")
			.contains("dataprotectionauthority.be");
		assertThatThrownBy(() -> dpo(() -> this.answers.erase(other.id()))).isInstanceOf(RequestNotOpen.class)
			.hasMessage("request-closed");
	}

	private PersonId person(String first, String email) {
		return this.fixtures.person(first, "Peeters", email);
	}

	private DataRequest verified(PersonId person, Right right) {
		return this.fixtures.verified(person, right);
	}

	private DataRequest confirm(String email) throws Exception {
		return this.intake
			.confirm(link(Mailbox.await(smtp, email, "Please confirm your request"), "/requests/confirm/"));
	}

	private int count(String sql, UUID id) {
		return this.jdbc.sql(sql).param("id", id).query(Integer.class).single();
	}

}
