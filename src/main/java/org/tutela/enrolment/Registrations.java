package org.tutela.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.registration.RegistrationStore;
import org.tutela.identity.Caller;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.ServedActivities;
import org.tutela.register.Register;

/**
 * The registrations held for sessions, for those who read them: a session's list and its
 * remarks for the back office, the confirmed places for attendance and certificates, the
 * places left and waiting positions, the courses a person followed, what a portal user
 * registered or holds, and the places whose fee is due and the cancellations free of
 * charge, for billing. Registering and cancelling are {@link Registering} and
 * {@link Cancelling}; a client's side is {@link ClientRegistrations}.
 */
@Service
public class Registrations {

	private final Sessions sessions;

	private final RegistrationStore store;

	private final RegistrationLookup lookup;

	private final Register register;

	private final AuditTrail audit;

	private final Clock clock;

	private final ServedActivities activities;

	Registrations(Sessions sessions, RegistrationStore store, RegistrationLookup lookup, Register register,
			AuditTrail audit, Clock clock, ServedActivities activities) {
		this.activities = activities;
		this.sessions = sessions;
		this.store = store;
		this.lookup = lookup;
		this.register = register;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One registration the person holds or made, for the portal; refused for anyone
	 * else's.
	 */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional(readOnly = true)
	public Registration involvingOne(UUID registration, @Nullable PersonId person) {
		return this.lookup.involving(registration, person);
	}

	/** One registration, for staff who cancel it. */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional(readOnly = true)
	public Registration one(UUID registration) {
		return this.lookup.find(registration);
	}

	/**
	 * A session's registrations for the back office; a trainer sees only the sessions
	 * they teach.
	 */
	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@Transactional(readOnly = true)
	public List<Registration> ofSession(UUID session) {
		Session planned = this.sessions.get(session);
		SessionAccess.checkMayOpen(planned);
		return this.store.ofSession(planned.id());
	}

	/**
	 * The remarks of a session's registrations, for the staff roles the activity serving
	 * the remarks' purpose gives access (MEN-4, MEN-11), whatever else relates them to
	 * the participants; each read is audited as a read of health data.
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional
	public Map<UUID, String> remarks(UUID session) {
		Session planned = this.sessions.get(session);
		SessionAccess.checkMayOpen(planned);
		String activity = this.register.pack().training().remarks();
		boolean allowed = activity != null && Caller.role()
			.filter(role -> role.namedIn(this.activities.access(RegistrationStore.REMARK_PURPOSE)))
			.isPresent();
		if (!allowed) {
			return Map.of();
		}
		Map<UUID, String> remarks = this.store.remarks(planned.id());
		this.store.ofSession(planned.id())
			.stream()
			.filter(registration -> remarks.containsKey(registration.id()))
			.forEach(
					registration -> this.audit.record(AuditEvent.read(registration.participant(), activity, "remark")));
		return remarks;
	}

	/**
	 * The confirmed registrations of a session, without an access check: for attendance
	 * and certificates.
	 */
	@Transactional(readOnly = true)
	public List<Registration> confirmed(UUID session) {
		return this.store.ofSession(session)
			.stream()
			.filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
			.toList();
	}

	/**
	 * The registrations whose fee is due on sessions that start between the two days,
	 * both included: confirmed places, and cancellations after which the fee is due. For
	 * billing, which checks its own permission.
	 */
	@Transactional(readOnly = true)
	public List<Registration> payable(LocalDate from, LocalDate until) {
		return this.store.payable(from, until);
	}

	/**
	 * Those of the registrations cancelled with no fee due: in the course's free term,
	 * with the fee waived by staff, or because the session was called off. For billing,
	 * which credits them on an issued invoice and checks its own permission.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> cancelledFreeOfCharge(List<UUID> registrations) {
		return this.store.cancelledFreeOfCharge(registrations);
	}

	/**
	 * The courses the person followed: a confirmed place on a session that is over. For
	 * tailoring offers (SKI-7), which asks the purpose guard first.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> followedCourses(PersonId person) {
		return Set.copyOf(this.store.followedCourses(person, LocalDate.now(this.clock)));
	}

	/** What a portal user registered for others, or holds themselves. */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional(readOnly = true)
	public List<Registration> involving(PersonId person) {
		return this.store.involving(person);
	}

	@Transactional(readOnly = true)
	public int waitingPosition(Registration registration) {
		return this.store.waitingPosition(registration);
	}

	/** The number of confirmed places left. */
	@Transactional(readOnly = true)
	public int placesLeft(Session session) {
		return Math.max(0, session.capacity() - this.store.count(session.id(), RegistrationStatus.CONFIRMED));
	}

}
