package org.tutela.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.people.MailAddresses;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.Register;

/**
 * Trainer evaluations: after a session each participant gets a link of their own; an
 * answer is stored without any link to who gave it, and the link is then used up. Results
 * are shown only as averages over at least the pack's threshold k of answers (MEN-8).
 */
@Service
public class Evaluations {

	private final Sessions sessions;

	private final Registrations registrations;

	private final MailAddresses addresses;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final Register register;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	Evaluations(Sessions sessions, Registrations registrations, MailAddresses addresses, MailOutbox mail,
			MessageSource messages, Register register, JdbcClient jdbc, Clock clock,
			@Value("${tutela.base-url}") String baseUrl) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.addresses = addresses;
		this.mail = mail;
		this.messages = messages;
		this.register = register;
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Sends each confirmed participant who has no link yet their own; the number sent.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public int invite(UUID sessionId) {
		return inviteTo(this.sessions.get(sessionId));
	}

	/** Every hour, on one node at a time. */
	@Scheduled(fixedDelayString = "1h", initialDelayString = "2m")
	@SchedulerLock(name = "evaluation-invitations")
	@Transactional
	void inviteRegularly() {
		inviteAfterSessions();
	}

	/**
	 * The day after a session, its participants get their links without anyone asking;
	 * sessions that ended up to a week ago are caught up after a pause. The number of
	 * links sent.
	 */
	@Transactional
	public int inviteAfterSessions() {
		LocalDate today = LocalDate.now(this.clock);
		int sent = 0;
		for (Session session : this.sessions.endedBetween(today.minusDays(7), today.minusDays(1))) {
			sent += inviteTo(session);
		}
		return sent;
	}

	private int inviteTo(Session session) {
		UUID sessionId = session.id();
		int sent = 0;
		for (Registration registration : this.registrations.confirmed(sessionId)) {
			boolean invited = this.jdbc
				.sql("SELECT COUNT(*) FROM enrolment_evaluation_invite WHERE registration_id = :id")
				.param("id", registration.id())
				.query(Integer.class)
				.single() > 0;
			if (invited) {
				continue;
			}
			String token = RandomTokens.next();
			this.jdbc.sql("""
					INSERT INTO enrolment_evaluation_invite (registration_id, token_hash, sent_at)
					VALUES (:id, :hash, :at)""")
				.param("id", registration.id())
				.param("hash", Sha256.hex(token))
				.param("at", this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			sent += this.addresses.of(registration.participant()).map(to -> {
				Locale locale = Locale.forLanguageTag(to.language());
				String title = session.course().title(locale);
				this.mail.queue(new OutgoingMail(to.email(), message("evaluation.mail.subject", locale, title),
						message("evaluation.mail", locale, to.firstName(), title, this.baseUrl + "/evaluate/" + token),
						Map.of(), List.of()));
				return 1;
			}).orElse(0);
		}
		return sent;
	}

	/** The session an unused evaluation link is for. */
	@Transactional(readOnly = true)
	public Optional<Session> open(String token) {
		return invitedRegistration(token).map(registration -> this.sessions.get(session(registration)));
	}

	/**
	 * Stores an answer apart from who gave it, and uses the link up; false when the link
	 * is unknown or used.
	 */
	@Transactional
	public boolean answer(String token, int trainer, int content, int organisation, @Nullable String comment) {
		List<FieldError> errors = new ArrayList<>();
		score("trainer", trainer, errors);
		score("content", content, errors);
		score("organisation", organisation, errors);
		if (comment != null && comment.length() > 2000) {
			errors.add(new FieldError("comment", "too-long"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Optional<UUID> registration = invitedRegistration(token);
		if (registration.isEmpty()) {
			return false;
		}
		int used = this.jdbc
			.sql("UPDATE enrolment_evaluation_invite SET answered = TRUE WHERE token_hash = :hash AND answered = FALSE")
			.param("hash", Sha256.hex(token))
			.update();
		if (used == 0) {
			return false;
		}
		this.jdbc
			.sql("""
					INSERT INTO enrolment_evaluation (id, session_id, trainer_score, content_score, organisation_score, comment,
						answered_on)
					VALUES (:id, :session, :trainer, :content, :organisation, :comment, :on)""")
			.param("id", UUID.randomUUID())
			.param("session", session(registration.get()))
			.param("trainer", trainer)
			.param("content", content)
			.param("organisation", organisation)
			.param("comment", comment == null || comment.isBlank() ? null : comment.strip())
			// Only the month: the day of an answer could tell who gave it.
			.param("on", LocalDate.now(this.clock).withDayOfMonth(1))
			.update();
		return true;
	}

	/**
	 * The aggregates, for the session's trainers and coordinators; nothing but counts
	 * below k.
	 */
	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@Transactional(readOnly = true)
	public EvaluationResults results(UUID sessionId) {
		SessionAccess.checkMayOpen(this.sessions.get(sessionId));
		int threshold = this.register.pack().reportThreshold();
		int invited = this.jdbc
			.sql("""
					SELECT COUNT(*) FROM enrolment_evaluation_invite i JOIN enrolment_registration r ON r.id = i.registration_id
					WHERE r.session_id = :session""")
			.param("session", sessionId)
			.query(Integer.class)
			.single();
		int answered = this.jdbc.sql("SELECT COUNT(*) FROM enrolment_evaluation WHERE session_id = :session")
			.param("session", sessionId)
			.query(Integer.class)
			.single();
		if (answered < threshold) {
			return EvaluationResults.hidden(invited, answered, threshold);
		}
		double[] averages = this.jdbc
			.sql("""
					SELECT avg(CAST(trainer_score AS double precision)) AS trainer, avg(CAST(content_score AS double precision)) AS content,
						avg(CAST(organisation_score AS double precision)) AS organisation
					FROM enrolment_evaluation WHERE session_id = :session""")
			.param("session", sessionId)
			.query((row,
					number) -> new double[] { row.getDouble("trainer"), row.getDouble("content"),
							row.getDouble("organisation") })
			.single();
		List<String> comments = this.jdbc
			.sql("""
					SELECT comment FROM enrolment_evaluation WHERE session_id = :session AND comment IS NOT NULL ORDER BY comment""")
			.param("session", sessionId)
			.query(String.class)
			.list();
		return new EvaluationResults(invited, answered, threshold, averages[0], averages[1], averages[2], comments);
	}

	private Optional<UUID> invitedRegistration(String token) {
		return this.jdbc.sql(
				"SELECT registration_id FROM enrolment_evaluation_invite WHERE token_hash = :hash AND answered = FALSE")
			.param("hash", Sha256.hex(token))
			.query(UUID.class)
			.optional();
	}

	private UUID session(UUID registration) {
		return this.jdbc.sql("SELECT session_id FROM enrolment_registration WHERE id = :id")
			.param("id", registration)
			.query(UUID.class)
			.single();
	}

	private static void score(String field, int score, List<FieldError> errors) {
		if (score < 1 || score > 5) {
			errors.add(new FieldError(field, "evaluation.score"));
		}
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
