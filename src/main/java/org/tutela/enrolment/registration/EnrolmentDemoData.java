package org.tutela.enrolment.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Session;
import org.tutela.catalog.SessionFilter;
import org.tutela.catalog.Sessions;
import org.tutela.consent.ConsentLedger;
import org.tutela.enrolment.Origin;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationSource;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.demo.DemoData;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.Register;

/**
 * The wording of the registration form's marketing box, and the demo persons registered
 * for the first sessions to come and for the session held last month, which they
 * attended; written straight to the store, without confirmation mails.
 */
@Component
class EnrolmentDemoData implements DemoData {

	private static final List<String> PARTICIPANTS = List.of("an.peeters@example.be", "julien.dubois@example.be");

	/** The marketing box of the registration form, as an organisation might word it. */
	private static final Map<String, String> MARKETING_WORDING = Map.of("nl",
			"Ja, houd mij per e-mail op de hoogte van nieuwe opleidingen en evenementen.", "fr",
			"Oui, tenez-moi informé(e) par e-mail des nouvelles formations et des événements.", "en",
			"Yes, keep me informed by e-mail about new courses and events.");

	private final Sessions sessions;

	private final RegistrationStore store;

	private final MailAddresses addresses;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ConsentLedger ledger;

	private final Register register;

	EnrolmentDemoData(Sessions sessions, RegistrationStore store, MailAddresses addresses, JdbcClient jdbc, Clock clock,
			ConsentLedger ledger, Register register) {
		this.ledger = ledger;
		this.register = register;
		this.sessions = sessions;
		this.store = store;
		this.addresses = addresses;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void load() {
		String marketing = this.register.pack().training().marketing();
		if (marketing != null) {
			MARKETING_WORDING.forEach((language, text) -> this.ledger.shown(marketing, language, text));
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Session> held = this.sessions.all().stream().filter(session -> session.over(today)).toList();
		List<Session> coming = this.sessions.calendar(SessionFilter.ALL).stream().limit(2).toList();
		for (String email : PARTICIPANTS) {
			PersonId person = this.addresses.personWith(email).orElse(null);
			if (person == null) {
				continue;
			}
			coming.forEach(session -> register(session, person));
			held.forEach(session -> {
				Registration registration = register(session, person);
				session.days()
					.forEach(day -> this.jdbc.sql("""
							INSERT INTO enrolment_attendance (registration_id, session_day, present, recorded_at)
							VALUES (:registration, :day, TRUE, :at)""")
						.param("registration", registration.id())
						.param("day", day)
						.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
						.update());
			});
		}
	}

	private Registration register(Session session, PersonId person) {
		Registration registration = new Registration(UUID.randomUUID(), session.id(), person, null, null,
				RegistrationStatus.CONFIRMED, RegistrationSource.STAFF, this.clock.instant(), null, false, false);
		this.store.insert(registration, new Origin(null, null, "nl"), null, Sha256.hex(RandomTokens.next()), null);
		return registration;
	}

	/** After the catalogue and the persons. */
	@Override
	public int order() {
		return 10;
	}

}
