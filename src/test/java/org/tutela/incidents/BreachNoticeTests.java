package org.tutela.incidents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.Session;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.incidents.AffectedPersons.Kind;
import org.tutela.incidents.notice.PersonSources.RecordKind;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tutela.incidents.BreachRegisterTests.dpo;
import static org.tutela.incidents.BreachRegisterTests.form;

/**
 * The persons affected by a high-risk breach are told (GDPR Art. 34, MEZ-7): chosen as
 * everyone registered for a session plus named persons, one of them registered too, each
 * is mailed once in their language through the outbox and recorded as told; starting the
 * sending again mails nobody more; a person without an address is counted, not mailed; a
 * person erased in the meantime is not mailed; a breach of lower risk refuses the choice.
 */
@SpringBootTest
class BreachNoticeTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	Breaches breaches;

	@Autowired
	BreachNotices notices;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	Persons persons;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHighRiskBreachMailsEveryAffectedPersonOnceInTheirLanguageAndRecordsEach_MEZ7() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(5));
		String anke = "anke+" + tag + "@example.be";
		String luc = "luc+" + tag + "@example.be";
		String emma = "emma+" + tag + "@example.org";
		register(session, "Anke", anke, "nl");
		register(session, "Luc", luc, "fr");
		PersonId both = register(session, "Emma", emma, "en");
		PersonId withoutAddress = person("Wim", null);
		String gone = "gone+" + tag + "@example.be";
		PersonId erased = person("Gert", gone);
		String now = LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
		Breach breach = dpo(() -> this.breaches.record(form(now, "HIGH")));

		assertThat(select(breach, Kind.SESSION, session.id())).isEqualTo(3);
		assertThat(select(breach, Kind.PERSON, both.value())).as("registered already: chosen once").isZero();
		assertThat(select(breach, Kind.PERSON, withoutAddress.value())).isEqualTo(1);
		assertThat(select(breach, Kind.PERSON, erased.value())).isEqualTo(1);
		assertThat(select(breach, Kind.SESSION, session.id())).as("the same session again adds nobody").isZero();

		NoticeProgress chosen = dpo(() -> this.notices.progress(breach.id()));
		assertThat(chosen.total()).isEqualTo(5);
		assertThat(chosen.withoutAddress()).isEqualTo(1);
		assertThat(chosen.languages()).containsExactly("en", "fr", "nl");
		BreachNotice french = dpo(() -> this.notices.notice(breach.id(), "fr"));
		assertThat(french.subject())
			.isEqualTo("Une violation de vos données personnelles (" + breach.reference() + ")");
		assertThat(french.body()).contains("Ce qui s'est passé :", breach.whatHappened(), "Ce que nous avons fait",
				breach.measuresTaken(), breach.measuresPlanned(), "délégué à la protection des données");
		assertThatExceptionOfType(InvalidInput.class).as("not before each language has its notice")
			.isThrownBy(() -> dpo(() -> this.notices.send(breach.id())))
			.satisfies(refused -> assertThat(refused.byField()).containsEntry("send", "breach.notice.missing"));

		write(breach, "nl", "Datalek " + breach.reference(), "Beste, er was een datalek.");
		write(breach, "fr", french.subject(), french.body());
		write(breach, "en", "Data breach " + breach.reference(), "Dear reader, there was a breach.");
		Staff.coordinator(() -> this.catalogue.erase(erased, module -> Optional.of(ErasureMode.DELETE)));
		assertThat(dpo(() -> this.notices.send(breach.id()))).isEqualTo(3);

		MimeMessage dutch = only(anke, "Datalek " + breach.reference());
		assertThat(Mailbox.decoded((String) dutch.getContent())).contains("er was een datalek");
		MimeMessage inFrench = only(luc, "Une violation de vos données personnelles");
		assertThat(Mailbox.decoded((String) inFrench.getContent())).contains("Ce qui s'est passé");
		only(emma, "Data breach " + breach.reference());
		assertThat(dpo(() -> this.notices.send(breach.id()))).as("started again: nobody more").isZero();
		Thread.sleep(2_500);
		assertThat(Mailbox.to(smtp, anke, "Datalek")).hasSize(1);
		assertThat(Mailbox.to(smtp, luc, "Une violation")).hasSize(1);
		assertThat(Mailbox.to(smtp, emma, "Data breach")).hasSize(1);
		assertThat(Mailbox.to(smtp, gone, "")).as("erased in the meantime").isEmpty();

		NoticeProgress told = dpo(() -> this.notices.progress(breach.id()));
		assertThat(told.told()).isEqualTo(3);
		assertThat(told.withoutAddress()).isEqualTo(1);
		assertThat(told.total()).as("the erased person is no longer among them").isEqualTo(4);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM incidents_breach_person WHERE breach_id = :breach "
					+ "AND status = 'TOLD' AND told_at IS NOT NULL")
			.param("breach", breach.id())
			.query(Integer.class)
			.single()).as("each telling recorded with its moment").isEqualTo(3);
		assertThat(this.jdbc.sql("SELECT detail FROM audit_entry WHERE detail LIKE :breach")
			.param("breach", "breach " + breach.reference() + "%")
			.query(String.class)
			.list()).contains("breach " + breach.reference() + ": 3 person(s) selected to be told by session",
					"breach " + breach.reference() + ": notice to 3 person(s) queued",
					"breach " + breach.reference() + " notice to the persons written in fr");
	}

	@Test
	void onlyAHighRiskBreachTellsThePersons() {
		String now = LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString();
		PersonId person = person("Rita", "rita+" + UUID.randomUUID() + "@example.be");
		for (String risk : List.of("NONE", "RISK")) {
			Breach breach = dpo(() -> this.breaches.record(form(now, risk)));
			assertThatExceptionOfType(InvalidInput.class).as(risk)
				.isThrownBy(() -> select(breach, Kind.PERSON, person.value()))
				.satisfies(refused -> assertThat(refused.byField()).containsEntry("kind", "breach.notice.not-high"));
			assertThat(dpo(() -> this.notices.progress(breach.id())).total()).isZero();
		}
		Breach high = dpo(() -> this.breaches.record(form(now, "HIGH")));
		assertThatExceptionOfType(InvalidInput.class).as("a kind of record the catalogue does not offer")
			.isThrownBy(() -> dpo(() -> this.notices.select(high.id(), new AffectedPersons(Kind.RECORD, "people_x"))))
			.satisfies(refused -> assertThat(refused.byField()).containsEntry("record", "breach.notice.choose"));
		assertThat(this.notices.recordKinds(Locale.ENGLISH)).extracting(RecordKind::name)
			.contains("Registration for a session");
		int registered = this.jdbc
			.sql("SELECT COUNT(DISTINCT r.participant_id) FROM enrolment_registration r "
					+ "JOIN people_person p ON p.id = r.participant_id")
			.query(Integer.class)
			.single();
		assertThat(
				dpo(() -> this.notices.select(high.id(), new AffectedPersons(Kind.RECORD, "enrolment_registration"))))
			.as("everyone holding a registration")
			.isEqualTo(registered);
	}

	private int select(Breach breach, Kind kind, UUID source) {
		return dpo(() -> this.notices.select(breach.id(), new AffectedPersons(kind, source.toString())));
	}

	private void write(Breach breach, String language, String subject, String body) {
		dpo(() -> {
			this.notices.write(breach.id(), language, subject, body);
			return null;
		});
	}

	private PersonId register(Session session, String first, String email, String language) {
		return Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm(first, "Getroffen", email, null, null, null, null, null, false, false, null),
				language))
			.participant();
	}

	private PersonId person(String first, String email) {
		return Staff.coordinator(() -> this.persons
			.register(new NewPerson(first, null, "Getroffen", null, "nl", null, Provenance.WEB_FORM,
					email == null ? List.of() : List.of(NewContact.business(email)), List.of(), List.of())))
			.id();
	}

	private static MimeMessage only(String to, String subject) throws Exception {
		List<MimeMessage> mails = Mailbox.await(smtp, to, subject);
		assertThat(mails).as(to).hasSize(1);
		return mails.get(0);
	}

}
