package org.tutela.requests;

import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.requests.deadline.Deadlines;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.requests.RequestFixtures.body;
import static org.tutela.requests.RequestFixtures.dpo;

/**
 * The prevention service: one month, extendable by two with the person told within the
 * first month (MEN-16); medical-file requests by registered letter, and access to the
 * medical file handed to the head physicians, who send it to the attending physician
 * (MEN-17, CER-9).
 */
@SpringBootTest(properties = { "tutela.policy.pack=prevention-service", "tutela.base-url=https://tutela.example" })
@Import(RequestFixtures.class)
@DirtiesContext
class PreventionServiceRequestTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	RequestFixtures fixtures;

	@Autowired
	DpoDesk desk;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestAnswers answers;

	@Autowired
	Deadlines deadlines;

	@Autowired
	MedicalFileRequests medicalFiles;

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anExtensionIsToldWithItsReasonWithinTheFirstMonthAndOnlyThen_MEN16() throws Exception {
		String email = "jan+" + this.tag + "@example.be";
		PersonId person = this.fixtures.person("Jan", "Wouters", email);
		DataRequest request = this.fixtures.verified(person, Right.ACCESS);
		assertThatThrownBy(() -> dpo(() -> this.desk.extend(request.id(), " "))).isInstanceOf(InvalidInput.class);

		DataRequest extended = dpo(() -> this.desk.extend(request.id(), "Your file spans twelve years of records."));

		assertThat(extended.extendedTo()).isEqualTo(this.deadlines.extended(request.receivedOn()));
		assertThat(extended.deadline()).isAfter(request.dueOn().plusMonths(1).plusDays(25));
		assertThat(body(Mailbox.await(smtp, email, "More time for your request")))
			.contains("Your file spans twelve years of records.")
			.contains(String.valueOf(extended.extendedTo().getYear()));
		assertThatThrownBy(() -> dpo(() -> this.desk.extend(request.id(), "again"))).isInstanceOf(RequestNotOpen.class)
			.hasMessage("request-extended-already");

		DataRequest old = dpo(() -> this.intake.receive(new StaffIntake(Intake.EMAIL, Right.ACCESS, null, "Jan Wouters",
				email, null, LocalDate.now().minusMonths(1).minusDays(5), person, null)));
		assertThatThrownBy(() -> dpo(() -> this.desk.extend(old.id(), "too late"))).isInstanceOf(RequestNotOpen.class)
			.hasMessage("request-extension-too-late");
	}

	@Test
	void accessToAMedicalFileIsHandedToTheHeadPhysiciansForTheAttendingPhysician_MEN17() throws Exception {
		String email = "mia+" + this.tag + "@example.be";
		PersonId person = this.fixtures.person("Mia", "Janssens", email);
		DataRequest letter = dpo(() -> this.intake.receive(new StaffIntake(Intake.REGISTERED_LETTER, Right.ACCESS,
				FileKind.MEDICAL, "Mia Janssens", null, null, LocalDate.now(), person,
				new StaffIntake.Document("letter-and-id.pdf", "application/pdf", "scan".getBytes()))));
		dpo(() -> this.desk.verify(letter.id(), person, "signed letter with a copy of the identity card"));

		assertThatThrownBy(() -> dpo(() -> this.answers.answerAccess(letter.id(), new AttendingPhysician(" ", ""))))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.errors()).extracting(error -> error.code())
						.containsExactlyInAnyOrder("requests.physician-required",
								"requests.physician-address-required"));
		assertThat(dpo(() -> this.desk.handedOver(letter.id()))).isEmpty();
		DataRequest handed = dpo(() -> this.answers.answerAccess(letter.id(),
				new AttendingPhysician("Dr Peeters", "Praktijklaan 7, 2000 Antwerpen")));

		assertThat(handed.status()).as("open until the file is sent").isEqualTo(RequestStatus.VERIFIED);
		MedicalFileRequest waiting = dpo(() -> this.desk.handedOver(letter.id())).orElseThrow();
		assertThat(waiting.physician())
			.isEqualTo(new AttendingPhysician("Dr Peeters", "Praktijklaan 7, 2000 Antwerpen"));
		assertThat(waiting.deadline()).isEqualTo(letter.dueOn());
		assertThat(this.jdbc.sql("SELECT attending_physician_cipher FROM requests_request WHERE id = :id")
			.param("id", letter.id())
			.query(String.class)
			.single()).doesNotContain("Peeters");
		assertThatThrownBy(() -> dpo(() -> this.medicalFiles.waiting()))
			.as("the request desk does not send medical files")
			.isInstanceOf(AccessDeniedException.class);

		DataRequest answered = Staff.as(() -> this.medicalFiles.sent(letter.id()), "medical-files.release");

		assertThat(answered.status()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(answered.outcome()).isEqualTo("medical file sent to the attending physician");
		assertThat(answered.hasDocument()).as("the identity document goes once the request is closed").isFalse();
		assertThat(body(Mailbox.await(smtp, email, "Your medical file was sent to your physician")))
			.contains("by post to the physician you named")
			.doesNotContain("/requests/download/");
		assertThat(Staff.as(() -> this.medicalFiles.waiting(), "medical-files.release"))
			.noneMatch(request -> request.id().equals(letter.id()));
	}

}
