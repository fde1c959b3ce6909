package org.tutela.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.test.context.TestComponent;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/** Persons, verified requests and the DPO's permissions for the request tests. */
@TestComponent
public class RequestFixtures {

	private static final String[] DPO = { "backoffice", "people.read", "audit.read", "requests.manage" };

	private final DpoDesk desk;

	private final RequestIntake intake;

	private final Persons persons;

	RequestFixtures(DpoDesk desk, RequestIntake intake, Persons persons) {
		this.desk = desk;
		this.intake = intake;
		this.persons = persons;
	}

	/** A person known by a business e-mail address, registered by staff. */
	public PersonId person(String first, String last, String email) {
		return Staff
			.coordinator(() -> this.persons.register(new NewPerson(first, null, last, null, "en", null,
					Provenance.WEB_FORM, List.of(NewContact.business(email)), List.of(), List.of())))
			.id();
	}

	/** A request received by e-mail and verified by staff, ready to be answered. */
	public DataRequest verified(PersonId person, Right right) {
		DataRequest request = dpo(() -> this.intake.receive(
				new StaffIntake(Intake.EMAIL, right, null, "Requester", null, null, LocalDate.now(), person, null)));
		return dpo(() -> this.desk.verify(request.id(), person, "answered from the address we hold"));
	}

	public static <T> T dpo(Supplier<T> work) {
		return Staff.as(work, DPO);
	}

	/** The token of the link to {@code path} in the first of the mails. */
	public static String link(List<MimeMessage> mails, String path) {
		Matcher found = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]+)")
			.matcher(Mailbox.decoded(GreenMailUtil.getBody(mails.get(0))));
		assertThat(found.find()).as("a link to " + path).isTrue();
		return found.group(1);
	}

	public static String body(List<MimeMessage> mails) {
		return Mailbox.decoded(GreenMailUtil.getBody(mails.get(0)));
	}

}
