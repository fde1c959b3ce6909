package org.tutela.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.catalog.Session;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.Registrations;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.enrolment.registration.RegistrationStore;
import org.tutela.identity.AccountId;
import org.tutela.identity.PersonRelations;
import org.tutela.identity.Role;
import org.tutela.identity.account.Accounts;
import org.tutela.identity.login.SignIn;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.ServedActivities;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Need to know is per activity, not per role alone (MEN-11): a member of staff who may
 * read a person's special-category data, because a file relates them to that person, sees
 * in the privacy view only the special-category data of the activities the pack gives
 * their role access to. The prevention service's pack keeps the remarks a participant
 * gives for a session (such as food allergies) for its coordinators only, so a physician
 * related to the participant does not read them; the coordinator still reads them on the
 * session's page. The relation stands in for the one the dossiers module will contribute.
 */
@SpringBootTest(properties = "tutela.policy.pack=prevention-service")
@Import({ TrainingFixtures.class, PrivacyViewTests.Files.class })
@DirtiesContext
class PrivacyViewTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final String REMARK = "Allergic to hazelnuts";

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	Registrations registrations;

	@Autowired
	Persons persons;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Accounts stored;

	@Autowired
	Files files;

	@Autowired
	ServedActivities activities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aPhysicianRelatedToAParticipantDoesNotSeeTheirSessionRemarks_MEN11() {
		assertThat(this.activities.access(RegistrationStore.REMARK_PURPOSE)).as("the pack's remarks activity")
			.containsExactly("coordinator");
		TestAccount trainer = this.accounts.fresh(Role.TRAINER);
		Session session = this.training.session(this.training.course(false, 7, null), 10, LocalDate.now().plusDays(10),
				1, List.of(trainer.id().value()));
		Registration registration = Staff
			.coordinator(() -> this.registering.registerByStaff(session.id(), new RegistrationForm("Els", "Vermeulen",
					"els+" + UUID.randomUUID() + "@example.org", null, null, null, null, REMARK, true, false, null),
					"en"));
		PersonId participant = registration.participant();
		TestAccount physician = this.accounts.fresh(Role.PHYSICIAN);
		this.files.relate(physician.id(), participant);

		Map<String, List<PersonalRecord>> held = as(physician, () -> this.persons.everythingHeld(participant));

		assertThat(held.get("enrolment")).as("the registration itself is shown")
			.anySatisfy(record -> assertThat(record.fields()).containsKey("status").doesNotContainKey("remark"));
		assertThat(held.toString()).doesNotContain(REMARK);
		assertThat(this.jdbc.sql(
				"SELECT fields FROM audit_entry WHERE subject = :subject AND actor = :actor AND purpose = 'privacy-view'")
			.param("subject", this.keyedHash.hash("audit.person", participant.toString()))
			.param("actor", physician.username())
			.query(String.class)
			.single()).as("the trail names what was shown, no more")
			.contains("enrolment_registration.status")
			.doesNotContain("enrolment_registration.remark");

		assertThat(as(this.accounts.fresh(Role.COORDINATOR), () -> this.registrations.remarks(session.id())))
			.as("the coordinator, whom the pack names")
			.containsExactly(Map.entry(registration.id(), REMARK));
		assertThat(as(trainer, () -> this.registrations.remarks(session.id())))
			.as("the trainer teaching the session, whom it does not")
			.isEmpty();
	}

	private <T> T as(TestAccount account, Supplier<T> work) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(SignIn.of(this.stored.findByUsername(account.username()).orElseThrow(), true));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	/** Files that relate a member of staff to a person, as assigned dossiers will. */
	@TestComponent
	static class Files implements PersonRelations {

		private final Set<String> related = ConcurrentHashMap.newKeySet();

		void relate(AccountId staff, PersonId person) {
			this.related.add(staff.value() + "/" + person.value());
		}

		@Override
		public boolean relates(AccountId staff, PersonId person) {
			return this.related.contains(staff.value() + "/" + person.value());
		}

	}

}
