package org.tutela.billing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.NewCourse;
import org.tutela.catalog.NewRoom;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Room;
import org.tutela.catalog.Rooms;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.catalog.VatTreatment;
import org.tutela.enrolment.Origin;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.people.Address;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.Staff;

/**
 * Courses taxed either way, sessions in a room or online, and registrations for a client
 * company or a private person, made as staff and client contacts would.
 */
@Component
public class BillingFixtures {

	/** What finance holds: the back office, people and invoices. */
	static final String[] FINANCE = { "backoffice", "people.read", "disclosures.record", "billing.manage" };

	private final CourseCatalog courses;

	private final Rooms rooms;

	private final Sessions sessions;

	private final Registering registering;

	private final TrainingFixtures training;

	private final Organisations organisations;

	BillingFixtures(CourseCatalog courses, Rooms rooms, Sessions sessions, Registering registering,
			TrainingFixtures training, Organisations organisations) {
		this.courses = courses;
		this.rooms = rooms;
		this.sessions = sessions;
		this.registering = registering;
		this.training = training;
		this.organisations = organisations;
	}

	/**
	 * A client company with its HR contact, registered with an enterprise number at an
	 * address in the country.
	 */
	public Organisation client(@Nullable String enterpriseNumber, Address address) {
		Organisation client = this.training.client(email("hr", "client"));
		return Staff.coordinator(() -> {
			this.organisations.change(client.id(), new NewOrganisation(client.name(), enterpriseNumber, null, null,
					address, null, MembershipStatus.NONE, null, null, client.contractStart(), null));
			return this.organisations.get(client.id());
		});
	}

	/**
	 * A Belgian organisation, with an enterprise number of its own, and the membership
	 * given.
	 */
	public Organisation member(MembershipStatus status, @Nullable LocalDate since, @Nullable LocalDate until) {
		Organisation organisation = belgianClient();
		return Staff.coordinator(() -> {
			this.organisations.change(organisation.id(),
					new NewOrganisation(organisation.name(), organisation.enterpriseNumber(), null, null,
							organisation.registeredAddress(), null, status, since, until, organisation.contractStart(),
							null));
			return this.organisations.get(organisation.id());
		});
	}

	/** A Belgian client company, with an enterprise number of its own. */
	public Organisation belgianClient() {
		return client(enterpriseNumber(), new Address("Kerkstraat 1", "9000", "Gent", "BE"));
	}

	/**
	 * A valid Belgian enterprise number: eight digits starting with 0, and their check.
	 */
	static String enterpriseNumber() {
		long first = ThreadLocalRandom.current().nextLong(1_000_000, 10_000_000);
		return String.format("%08d%02d", first, 97 - first % 97);
	}

	static <T> T finance(Supplier<T> work) {
		return Staff.as(work, FINANCE);
	}

	/** A course at the price in cents, free to cancel until a week before. */
	public Course course(String title, long priceCents, VatTreatment vat) {
		String code = "B-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		return Staff.coordinator(() -> this.courses
			.add(new NewCourse(code, title, "nl", false, 8, priceCents, null, null, null, 100, 7, null, vat)));
	}

	/** A session of the days, in a training room of the organiser's, or online only. */
	public Session session(Course course, LocalDate first, LocalDate last, boolean inARoom) {
		Room room = inARoom ? Staff.coordinator(
				() -> this.rooms.addRoom(new NewRoom("Zaal " + course.code(), "Havenlaan 86C, 1000 Brussel", 20)))
				: null;
		return Staff
			.coordinator(() -> this.sessions.plan(new NewSession(course.id().value(), first, last, LocalTime.of(9, 0),
					LocalTime.of(16, 30), room == null ? null : room.id(), room == null, 20, "nl", List.of())));
	}

	/** The client's HR contact registers an employee in the portal. */
	public Registration employee(Session session, Organisation client, String firstName, String lastName) {
		PersonId hr = client.contacts().get(0).person();
		return Staff
			.as(() -> this.registering.registerEmployees(session.id(), client.id(), hr,
					List.of(form(firstName, lastName)), new Origin(null, null, "nl", hr)), "portal")
			.get(0);
	}

	/** Staff register a private person, who pays for themselves. */
	public Registration privatePerson(Session session, String firstName, String lastName) {
		return Staff.coordinator(() -> this.registering.registerByStaff(session.id(), form(firstName, lastName), "fr"));
	}

	private static RegistrationForm form(String firstName, String lastName) {
		return new RegistrationForm(firstName, lastName, email(firstName, lastName), null, null, null, null, null, null,
				null, null);
	}

	static String email(String firstName, @Nullable String lastName) {
		return (firstName + "." + lastName).toLowerCase(Locale.ROOT) + "+"
				+ UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

}
