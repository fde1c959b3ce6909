package org.tutela.dossiers;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.AttendingPhysician;
import org.tutela.requests.DataRequest;
import org.tutela.requests.DpoDesk;
import org.tutela.requests.FileKind;
import org.tutela.requests.Intake;
import org.tutela.requests.RequestAnswers;
import org.tutela.requests.RequestIntake;
import org.tutela.requests.Right;
import org.tutela.requests.StaffIntake;
import org.tutela.testing.Staff;

/** A worker's access request on their medical file, as the request desk hands it over. */
@Component
public class FileRequestFixtures {

	private static final String[] DPO = { "backoffice", "people.read", "requests.manage" };

	private final RequestIntake intake;

	private final DpoDesk desk;

	private final RequestAnswers answers;

	FileRequestFixtures(RequestIntake intake, DpoDesk desk, RequestAnswers answers) {
		this.intake = intake;
		this.desk = desk;
		this.answers = answers;
	}

	/**
	 * The worker's registered letter asking for their medical file, verified and handed
	 * to the head physicians by the request desk, for the attending physician given.
	 */
	public DataRequest fileRequested(PersonId worker, AttendingPhysician physician) {
		DataRequest letter = Staff.as(() -> this.intake.receive(new StaffIntake(Intake.REGISTERED_LETTER, Right.ACCESS,
				FileKind.MEDICAL, "Wout Werker", null, null, LocalDate.now(), worker,
				new StaffIntake.Document("letter-and-id.pdf", "application/pdf", "scan".getBytes()))), DPO);
		Staff.as(() -> this.desk.verify(letter.id(), worker, "registered letter, identity card"), DPO);
		return Staff.as(() -> this.answers.answerAccess(letter.id(), physician), DPO);
	}

}
