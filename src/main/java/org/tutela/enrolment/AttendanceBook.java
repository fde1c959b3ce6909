package org.tutela.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Attendance per session day, kept by the trainer on a tablet: present or absent, and the
 * participant's signature drawn on the screen. A participant completes a course when
 * present on at least the course's share of the days, which is what certificates are
 * issued on.
 */
@Service
public class AttendanceBook {

	private static final String SIGNATURE_PREFIX = "data:image/png;base64,";

	private static final int MAXIMUM_SIGNATURE = 200_000;

	private final Sessions sessions;

	private final Registrations registrations;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	AttendanceBook(Sessions sessions, Registrations registrations, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('attendance.record')")
	@Transactional
	public void record(UUID session, AttendanceMark mark) {
		Session planned = this.sessions.get(session);
		SessionAccess.checkMayOpen(planned);
		List<FieldError> errors = new ArrayList<>();
		if (!planned.days().contains(mark.day())) {
			errors.add(new FieldError("day", "attendance.day"));
		}
		// Presence is a fact of the day itself: a mark made in advance would count
		// towards a certificate.
		else if (mark.day().isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError("day", "attendance.not-begun"));
		}
		Registration registration = this.registrations.ofSession(session)
			.stream()
			.filter(candidate -> candidate.id().equals(mark.registration())
					&& candidate.status() == RegistrationStatus.CONFIRMED)
			.findFirst()
			.orElse(null);
		if (registration == null) {
			errors.add(new FieldError("registration", "attendance.registration"));
		}
		String signature = mark.signature() == null || mark.signature().isBlank() ? null : mark.signature();
		if (signature != null && (!signature.startsWith(SIGNATURE_PREFIX) || signature.length() > MAXIMUM_SIGNATURE)) {
			errors.add(new FieldError("signature", "attendance.signature"));
		}
		if (signature != null && !mark.present()) {
			errors.add(new FieldError("signature", "attendance.signed-absent"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.jdbc.sql("DELETE FROM enrolment_attendance WHERE registration_id = :registration AND session_day = :day")
			.param("registration", mark.registration())
			.param("day", mark.day())
			.update();
		this.jdbc
			.sql("""
					INSERT INTO enrolment_attendance (registration_id, session_day, present, signature, recorded_by, recorded_at)
					VALUES (:registration, :day, :present, :signature, :by, :at)""")
			.param("registration", mark.registration())
			.param("day", mark.day())
			.param("present", mark.present())
			.param("signature", signature)
			.param("by", Caller.account().map(AccountId::value).orElse(null))
			.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, registration.participant(),
				"attendance on " + mark.day() + ": " + (mark.present() ? "present" : "absent")));
	}

	/** Every mark of the session, for its trainers and coordinators. */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(readOnly = true)
	public List<AttendanceMark> sheet(UUID session) {
		SessionAccess.checkMayOpen(this.sessions.get(session));
		return marks(session);
	}

	/**
	 * The confirmed registrations that meet the course's attendance rule: present on at
	 * least its share of the session days.
	 */
	@Transactional(readOnly = true)
	public List<Registration> completed(Session session) {
		List<AttendanceMark> marks = marks(session.id());
		int days = session.days().size();
		return this.registrations.confirmed(session.id()).stream().filter(registration -> {
			long present = marks.stream()
				.filter(mark -> mark.registration().equals(registration.id()) && mark.present())
				.count();
			return present * 100 >= (long) session.course().attendancePercent() * days;
		}).toList();
	}

	private List<AttendanceMark> marks(UUID session) {
		return this.jdbc.sql("""
				SELECT a.registration_id, a.session_day, a.present, a.signature FROM enrolment_attendance a
				JOIN enrolment_registration r ON r.id = a.registration_id WHERE r.session_id = :session
				ORDER BY a.session_day""")
			.param("session", session)
			.query((row, number) -> new AttendanceMark(row.getObject("registration_id", UUID.class),
					row.getObject("session_day", LocalDate.class), row.getBoolean("present"),
					row.getString("signature")))
			.list();
	}

}
