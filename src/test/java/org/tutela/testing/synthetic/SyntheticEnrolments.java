package org.tutela.testing.synthetic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tutela.catalog.Session;
import org.tutela.certification.archive.VerificationCodes;
import org.tutela.people.person.CheckedPerson;

/**
 * Writes a batch's synthetic registrations with batched SQL, as the enrolment and
 * certification modules would have left them: a confirmed or cancelled place, attendance
 * per day of a session that is over, and a certificate where a certified course's
 * attendance rule was met.
 */
final class SyntheticEnrolments {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SyntheticEnrolments(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void write(long first, Map<UUID, CheckedPerson> batch, List<Session> sessions, SyntheticTraining training) {
		LocalDate today = LocalDate.now(this.clock);
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		List<Object[]> registrations = new ArrayList<>();
		List<Object[]> attendance = new ArrayList<>();
		List<Object[]> certificates = new ArrayList<>();
		long index = first;
		for (Map.Entry<UUID, CheckedPerson> person : batch.entrySet()) {
			for (SyntheticTraining.Synthetic synthetic : training.registrations(index++, sessions.size())) {
				Session session = sessions.get(synthetic.session());
				UUID registration = UUID.randomUUID();
				registrations.add(new Object[] { registration, session.id(), person.getKey(),
						synthetic.cancelled() ? "CANCELLED" : "CONFIRMED", now, synthetic.cancelled() ? now : null });
				if (synthetic.cancelled() || !session.over(today)) {
					continue;
				}
				List<LocalDate> days = session.days();
				int present = 0;
				for (int day = 0; day < days.size(); day++) {
					boolean there = synthetic.presentOn(day);
					present += there ? 1 : 0;
					attendance.add(new Object[] { registration, days.get(day), there, now });
				}
				if (session.course().certified()
						&& present * 100 >= session.course().attendancePercent() * days.size()) {
					Integer months = session.course().validityMonths();
					certificates.add(new Object[] { UUID.randomUUID(), registration, person.getKey(), session.id(),
							VerificationCodes.next(),
							person.getValue().firstName() + " " + person.getValue().lastName(), session.course().code(),
							session.course().title(), session.lastDay(),
							months == null ? null : session.lastDay().plusMonths(months), now });
				}
			}
		}
		this.jdbc.batchUpdate(
				"""
						INSERT INTO enrolment_registration (id, session_id, participant_id, status, source, registered_at, cancelled_at)
						VALUES (?, ?, ?, ?, 'STAFF', ?, ?)""",
				registrations);
		this.jdbc.batchUpdate(
				"""
						INSERT INTO enrolment_attendance (registration_id, session_day, present, recorded_at) VALUES (?, ?, ?, ?)""",
				attendance);
		this.jdbc.batchUpdate("""
				INSERT INTO certification_certificate (id, registration_id, person_id, session_id, code, holder_name,
				  course_code, course_title, completed_on, valid_until, issued_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", certificates);
	}

}
