package org.tutela.retention;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.TestComponent;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.certification.Certificates;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.AttendanceMark;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.Subscribers;
import org.tutela.outreach.NewMailingList;
import org.tutela.people.PersonQuery;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.MovableClock;
import org.tutela.testing.PaperConsent;
import org.tutela.testing.Staff;

/**
 * Records of the past for retention tests, made through the modules' services as staff
 * would and then dated back: a participant trained (and signed, and certified) on a day,
 * a subscription last heard of on a day. Then the sweeps, as the DPO starts them, with
 * the clock on a day.
 */
@TestComponent
public class RetentionFixtures {

	/** A signature as the trainer's tablet sends it: a PNG data URL. */
	public static final String SIGNATURE = "data:image/png;base64,iVBORw0KGgo=";

	private final TrainingFixtures training;

	private final Registering registering;

	private final AttendanceBook attendance;

	private final Certificates certificates;

	private final MailingLists lists;

	private final Subscribers subscribers;

	private final Retention retention;

	private final MovableClock clock;

	private final JdbcClient jdbc;

	private final ConsentLedger ledger;

	private final Persons persons;

	RetentionFixtures(TrainingFixtures training, Registering registering, AttendanceBook attendance,
			Certificates certificates, MailingLists lists, Retention retention, MovableClock clock, JdbcClient jdbc,
			ConsentLedger ledger, Subscribers subscribers, Persons persons) {
		this.persons = persons;
		this.subscribers = subscribers;
		this.ledger = ledger;
		this.training = training;
		this.registering = registering;
		this.attendance = attendance;
		this.certificates = certificates;
		this.lists = lists;
		this.retention = retention;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * A participant registered for a one-day session held on {@code day}, present and
	 * signed; certified if asked.
	 */
	public Registration trained(LocalDate day, boolean certified) {
		return trained(day, certified, null);
	}

	/**
	 * The same, with a remark such as a food allergy, given with the participant's
	 * explicit consent.
	 */
	public Registration trained(LocalDate day, boolean certified, @Nullable String remark) {
		this.clock.now();
		Course course = this.training.course(certified, 7, certified ? 60 : null);
		Session session = this.training.session(course, 10, LocalDate.now().plusDays(5), 1, List.of());
		String name = "p" + UUID.randomUUID().toString().substring(0, 8);
		Registration registration = Staff
			.coordinator(
					() -> this.registering.registerByStaff(
							session.id(), new RegistrationForm("Ann", "Peeters", name + "@example.org", null, null,
									null, certified ? "85.07.30-033.28" : null, remark, remark != null, false, null),
							"en"));
		this.training.holdInThePast(session, day);
		Staff.coordinator(() -> this.attendance.record(session.id(),
				new AttendanceMark(registration.id(), day, true, SIGNATURE)));
		if (certified) {
			Staff.coordinator(() -> this.certificates.issue(session.id()));
		}
		return registration;
	}

	/**
	 * The person as first recorded on {@code day}, with no contact since: their own last
	 * contact.
	 */
	public void recordedOn(PersonId person, LocalDate day) {
		this.jdbc.sql("UPDATE people_person SET created_at = :day WHERE id = :person")
			.param("day", day.atTime(LocalTime.of(10, 0)).atOffset(ZoneOffset.UTC))
			.param("person", person.value())
			.update();
	}

	/** The portal accounts at these addresses as opened on {@code day}. */
	public void portalAccountsOpenedOn(LocalDate day, String... addresses) {
		this.jdbc.sql("UPDATE identity_account SET created_at = :day WHERE LOWER(email) IN (:addresses)")
			.param("day", day.atTime(LocalTime.of(10, 0)).atOffset(ZoneOffset.UTC))
			.param("addresses", Arrays.stream(addresses).map(address -> address.toLowerCase(Locale.ROOT)).toList())
			.update();
	}

	/** How many portal accounts sign in at the address. */
	public int portalAccounts(String address) {
		return this.jdbc.sql("SELECT COUNT(*) FROM identity_account WHERE LOWER(email) = LOWER(:address)")
			.param("address", address)
			.query(Integer.class)
			.single();
	}

	/** Whether the person's record is still there. */
	public boolean personExists(PersonId person) {
		return this.jdbc.sql("SELECT COUNT(*) FROM people_person WHERE id = :person")
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** How many persons a coordinator finds by the address, and by the name. */
	public long found(String address, String name) {
		return Staff
			.coordinator(() -> this.persons.search(new PersonQuery(null, address, null, null, 0, 10)).items().size()
					+ this.persons.search(new PersonQuery(name, null, null, null, 0, 10)).items().size());
	}

	/** A mailing list for the pack's activity. */
	public MailingList list(String activity) {
		String code = "l-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
		return Staff.as(
				() -> this.lists.create(new NewMailingList(code, "List " + code, activity, ListCategory.MARKETING)),
				"outreach.manage");
	}

	/**
	 * The person on the list since {@code since}; unsubscribed on {@code unsubscribed}
	 * when given. Their last contact is the later of the two days.
	 */
	public void subscribed(MailingList list, PersonId person, LocalDate since, @Nullable LocalDate unsubscribed) {
		this.clock.day(since);
		try {
			Staff.as(() -> {
				this.subscribers.add(list.code(), person, PaperConsent.signed(this.ledger, list.activity()));
				return null;
			}, "outreach.manage");
		}
		finally {
			this.clock.now();
		}
		this.jdbc
			.sql("""
					UPDATE outreach_subscription SET status = :status, requested_at = :since, confirmed_at = :since, ended_at = :ended,
						end_reason = :reason WHERE list_id = :list AND person_id = :person""")
			.param("status", unsubscribed == null ? "ACTIVE" : "ENDED")
			.param("since", since.atTime(LocalTime.of(10, 0)).atOffset(ZoneOffset.UTC))
			.param("ended",
					unsubscribed == null ? null : unsubscribed.atTime(LocalTime.of(10, 0)).atOffset(ZoneOffset.UTC))
			.param("reason", unsubscribed == null ? null : "UNSUBSCRIBED")
			.param("list", list.id())
			.param("person", person.value())
			.update();
	}

	/**
	 * The person withdraws their consent for the activity on {@code day}, in the consent
	 * ledger only.
	 */
	public void withdrawn(PersonId person, String activity, LocalDate day) {
		this.clock.day(day);
		try {
			this.ledger.record(person, activity, ChoiceKind.WITHDRAWN, Evidence.of(Channel.PORTAL));
		}
		finally {
			this.clock.now();
		}
	}

	/**
	 * The certificates of the session as stored: holder, person and registration, one
	 * line each.
	 */
	public List<String> certificates(UUID session) {
		return this.jdbc.sql(
				"SELECT holder_name, person_id, registration_id FROM certification_certificate WHERE session_id = :session")
			.param("session", session)
			.query((row, number) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3))
			.list();
	}

	/** Runs the sweeps to their end as the DPO would, with the clock on {@code day}. */
	public SweepRun sweep(LocalDate day) {
		return sweep(day, false);
	}

	public SweepRun sweep(LocalDate day, boolean dryRun) {
		this.clock.day(day);
		try {
			return Staff.as(() -> this.retention.run(dryRun), "retention.manage");
		}
		finally {
			this.clock.now();
		}
	}

	/** The registration's row as it is in the database. */
	public Map<String, Object> row(UUID registration) {
		return this.jdbc.sql(
				"SELECT participant_id, registrant_id, session_id, status, anonymised_on FROM enrolment_registration WHERE id = :id")
			.param("id", registration)
			.query()
			.singleRow();
	}

	public @Nullable String remark(UUID registration) {
		return this.jdbc.sql("SELECT remark FROM enrolment_registration WHERE id = :id")
			.param("id", registration)
			.query((row, number) -> Optional.ofNullable(row.getString(1)))
			.single()
			.orElse(null);
	}

	public boolean exists(UUID registration) {
		return this.jdbc.sql("SELECT COUNT(*) FROM enrolment_registration WHERE id = :id")
			.param("id", registration)
			.query(Integer.class)
			.single() == 1;
	}

	/** The signatures of the registration's attendance, as stored. */
	public List<@Nullable String> signatures(UUID registration) {
		return this.jdbc.sql("SELECT signature FROM enrolment_attendance WHERE registration_id = :id")
			.param("id", registration)
			.query((row, number) -> row.getString(1))
			.list();
	}

	public boolean subscribedNow(MailingList list, PersonId person) {
		return this.jdbc.sql("SELECT COUNT(*) FROM outreach_subscription WHERE list_id = :list AND person_id = :person")
			.param("list", list.id())
			.param("person", person.value())
			.query(Integer.class)
			.single() == 1;
	}

	/** The line of the run for the activity and kind of record. */
	public static SweepLine line(SweepRun run, String activity, @Nullable String kind) {
		return run.lines()
			.stream()
			.filter(line -> line.activity().equals(activity) && Objects.equals(line.kind(), kind))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line for " + activity + " / " + kind + " in " + run.lines()));
	}

}
