package org.tutela.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.identity.AccountId;
import org.tutela.identity.StaffAccounts;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Sessions of courses, with their rooms and trainers, and the public calendar of the
 * coming ones. The rooms themselves are {@link Rooms}.
 */
@Service
public class Sessions {

	private static final String SELECT = "SELECT s.id AS session_id, s.first_day, s.last_day, s.starts_at, s.ends_at, "
			+ "s.online, s.capacity, s.minimum_participants, s.language as session_language, s.cancelled_at, r.id as room_id, r.name as room_name, "
			+ "r.address as room_address, r.capacity as room_capacity, " + CourseCatalog.COLUMNS
			+ " FROM catalog_session s JOIN catalog_course c ON c.id = s.course_id"
			+ " LEFT JOIN catalog_room r ON r.id = s.room_id";

	private final JdbcClient jdbc;

	private final CourseCatalog courses;

	private final Rooms rooms;

	private final StaffAccounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Sessions(JdbcClient jdbc, CourseCatalog courses, Rooms rooms, StaffAccounts accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.courses = courses;
		this.rooms = rooms;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional
	public Session plan(NewSession session) {
		return store(session);
	}

	/** Without the permission check: for demo data and the synthetic generator. */
	Session store(NewSession session) {
		LocalDate lastDay = Objects.requireNonNullElse(session.lastDay(), session.firstDay());
		boolean online = Boolean.TRUE.equals(session.online());
		List<UUID> trainers = session.trainers() == null ? List.of() : List.copyOf(session.trainers());
		check(session, lastDay, online, trainers, null);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO catalog_session (id, course_id, first_day, last_day, starts_at, ends_at, room_id, online,
					capacity, minimum_participants, language, created_at)
				VALUES (:id, :course, :firstDay, :lastDay, :startsAt, :endsAt, :room, :online, :capacity, :minimum,
					:language, :createdAt)""")
			.param("id", id)
			.param("course", session.course())
			.param("firstDay", session.firstDay())
			.param("lastDay", lastDay)
			.param("startsAt", session.startsAt())
			.param("endsAt", session.endsAt())
			.param("room", session.room())
			.param("online", online)
			.param("capacity", session.capacity())
			.param("minimum", session.minimum())
			.param("language", session.language())
			.param("createdAt", OffsetDateTime.now(this.clock))
			.update();
		teach(id, trainers);
		return get(id);
	}

	private void teach(UUID session, List<UUID> trainers) {
		for (UUID trainer : trainers) {
			this.jdbc.sql("INSERT INTO catalog_session_trainer (session_id, account_id) VALUES (:session, :account)")
				.param("session", session)
				.param("account", trainer)
				.update();
		}
	}

	private void check(NewSession session, LocalDate lastDay, boolean online, List<UUID> trainers,
			@Nullable UUID changed) {
		List<FieldError> errors = new ArrayList<>();
		if (lastDay.isBefore(session.firstDay())) {
			errors.add(new FieldError("lastDay", "session.days"));
		}
		if (!session.endsAt().isAfter(session.startsAt())) {
			errors.add(new FieldError("endsAt", "session.hours"));
		}
		if (session.room() == null && !online) {
			errors.add(new FieldError("room", "session.place"));
		}
		Room room = session.room() == null ? null : this.rooms.room(session.room());
		if (session.room() != null && room == null) {
			errors.add(new FieldError("room", "session.room"));
		}
		if (session.minimum() != null && (session.minimum() < 1 || session.minimum() > session.capacity())) {
			errors.add(new FieldError("minimum", "session.minimum"));
		}
		if (room != null && session.capacity() > room.capacity()) {
			errors.add(new FieldError("capacity", "session.room-capacity"));
		}
		if (room != null
				&& roomTaken(room.id(), session.firstDay(), lastDay, session.startsAt(), session.endsAt(), changed)) {
			errors.add(new FieldError("room", "session.room-taken"));
		}
		if (this.jdbc.sql("SELECT COUNT(*) FROM catalog_course WHERE id = :id")
			.param("id", session.course())
			.query(Integer.class)
			.single() == 0) {
			errors.add(new FieldError("course", "session.course"));
		}
		for (int i = 0; i < trainers.size(); i++) {
			if (!this.accounts.isTrainer(new AccountId(trainers.get(i)))) {
				errors.add(new FieldError("trainers[" + i + "]", "session.trainer"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	/**
	 * Changes a session still to come: its days, hours, place, capacity, minimum,
	 * language and trainers, with the checks of planning one. Its course stays; a session
	 * held or called off is not changed. When its days, hours or place change, it is
	 * announced ({@link SessionRescheduled}).
	 */
	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional
	public Session change(UUID id, NewSession changed) {
		Session session = get(id);
		if (session.cancelled() || session.over(LocalDate.now(this.clock))) {
			throw new InvalidInput(List.of(new FieldError("firstDay", "session.not-to-come")));
		}
		LocalDate lastDay = Objects.requireNonNullElse(changed.lastDay(), changed.firstDay());
		boolean online = Boolean.TRUE.equals(changed.online());
		List<UUID> trainers = changed.trainers() == null ? List.of() : List.copyOf(changed.trainers());
		check(new NewSession(session.course().id().value(), changed.firstDay(), lastDay, changed.startsAt(),
				changed.endsAt(), changed.room(), online, changed.capacity(), changed.language(), trainers,
				changed.minimum()), lastDay, online, trainers, id);
		this.jdbc.sql("""
				UPDATE catalog_session SET first_day = :firstDay, last_day = :lastDay, starts_at = :startsAt,
					ends_at = :endsAt, room_id = :room, online = :online, capacity = :capacity,
					minimum_participants = :minimum, language = :language
				WHERE id = :id""")
			.param("firstDay", changed.firstDay())
			.param("lastDay", lastDay)
			.param("startsAt", changed.startsAt())
			.param("endsAt", changed.endsAt())
			.param("room", changed.room())
			.param("online", online)
			.param("capacity", changed.capacity())
			.param("minimum", changed.minimum())
			.param("language", changed.language())
			.param("id", id)
			.update();
		this.jdbc.sql("DELETE FROM catalog_session_trainer WHERE session_id = :id").param("id", id).update();
		teach(id, trainers);
		Session now = get(id);
		if (moved(session, now)) {
			this.events.publishEvent(new SessionRescheduled(id));
		}
		return now;
	}

	private static boolean moved(Session before, Session after) {
		return !before.firstDay().equals(after.firstDay()) || !before.lastDay().equals(after.lastDay())
				|| !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())
				|| before.online() != after.online() || !Objects.equals(before.room(), after.room());
	}

	/** Calls the session off; whoever registered is told by the enrolment module. */
	@PreAuthorize("hasAuthority('catalog.manage')")
	@Transactional
	public Session cancel(UUID id) {
		this.jdbc.sql("UPDATE catalog_session SET cancelled_at = :at WHERE id = :id AND cancelled_at IS NULL")
			.param("at", OffsetDateTime.now(this.clock))
			.param("id", get(id).id())
			.update();
		return get(id);
	}

	/**
	 * Whether another session uses the room on one of the days at an overlapping time.
	 */
	private boolean roomTaken(UUID room, LocalDate firstDay, LocalDate lastDay, LocalTime startsAt, LocalTime endsAt,
			@Nullable UUID changed) {
		return this.jdbc
			.sql("""
					SELECT COUNT(*) FROM catalog_session WHERE room_id = :room AND cancelled_at IS NULL AND first_day <= :lastDay
					AND last_day >= :firstDay AND starts_at < :endsAt AND ends_at > :startsAt AND id <> :changed""")
			.param("room", room)
			.param("changed", changed == null ? new UUID(0, 0) : changed)
			.param("firstDay", firstDay)
			.param("lastDay", lastDay)
			.param("startsAt", startsAt)
			.param("endsAt", endsAt)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public Session get(UUID id) {
		return find(" WHERE s.id = :id", "", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> new SessionNotFound(id));
	}

	/** The coming sessions, soonest first, as the public calendar shows them. */
	@Transactional(readOnly = true)
	public List<Session> calendar(SessionFilter filter) {
		StringBuilder where = new StringBuilder(" WHERE s.last_day >= :from AND s.cancelled_at IS NULL");
		Map<String, Object> params = new HashMap<>();
		LocalDate today = LocalDate.now(this.clock);
		params.put("from", filter.from() == null || filter.from().isBefore(today) ? today : filter.from());
		if (filter.language() != null && !filter.language().isBlank()) {
			where.append(" AND s.language = :language");
			params.put("language", filter.language());
		}
		if (filter.certifiedOnly()) {
			where.append(" AND c.certified = TRUE");
		}
		if (filter.words() != null && !filter.words().isBlank()) {
			where.append(" AND (LOWER(c.title) LIKE :words OR LOWER(c.code) LIKE :words OR EXISTS (SELECT 1 FROM"
					+ " catalog_course_text t where t.course_id = c.id and lower(t.title) like :words))");
			params.put("words", "%" + filter.words().strip().toLowerCase(Locale.ROOT) + "%");
		}
		return find(where.toString(), " ORDER BY s.first_day, s.starts_at, c.code", params);
	}

	/** The sessions an account teaches, soonest first. */
	@Transactional(readOnly = true)
	public List<Session> taughtBy(AccountId trainer) {
		return find(" WHERE s.id IN (SELECT session_id FROM catalog_session_trainer WHERE account_id = :account)",
				" ORDER BY s.first_day", Map.of("account", trainer.value()));
	}

	/** The sessions whose last day lies between the two days, both included. */
	@Transactional(readOnly = true)
	public List<Session> endedBetween(LocalDate from, LocalDate until) {
		return find(" WHERE s.last_day BETWEEN :from AND :until", " ORDER BY s.last_day",
				Map.of("from", from, "until", until));
	}

	/**
	 * The sessions held on at least one day between the two days, both included, soonest
	 * first: what a dashboard's window of days shows, however many sessions there have
	 * been.
	 */
	@Transactional(readOnly = true)
	public List<Session> overlapping(LocalDate from, LocalDate until) {
		return find(" WHERE s.last_day >= :from AND s.first_day <= :until", " ORDER BY s.first_day, s.starts_at",
				Map.of("from", from, "until", until));
	}

	/** Every session, newest first, for the back office. */
	@Transactional(readOnly = true)
	public List<Session> all() {
		return find("", " ORDER BY s.first_day DESC, c.code", Map.of());
	}

	/**
	 * The sessions the condition selects, with their courses' texts and their trainers:
	 * three queries, however many sessions there are.
	 */
	private List<Session> find(String where, String order, Map<String, Object> params) {
		List<Session> found = this.jdbc.sql(SELECT + where + order).params(params).query(Sessions::session).list();
		if (found.isEmpty()) {
			return found;
		}
		Map<UUID, Map<String, CourseText>> texts = this.courses
			.texts(found.stream().map(session -> session.course().id().value()).collect(Collectors.toSet()));
		Map<UUID, List<UUID>> trainers = new HashMap<>();
		this.jdbc
			.sql("SELECT t.session_id, t.account_id FROM catalog_session_trainer t JOIN catalog_session s"
					+ " on s.id = t.session_id join catalog_course c on c.id = s.course_id" + where)
			.params(params)
			.query(row -> {
				trainers.computeIfAbsent(row.getObject("session_id", UUID.class), session -> new ArrayList<>())
					.add(row.getObject("account_id", UUID.class));
			});
		return found.stream().map(session -> {
			Course course = session.course();
			Course described = new Course(course.id(), course.code(), course.title(), course.language(),
					course.certified(), course.durationHours(), course.priceCents(), course.certifyingAuthority(),
					course.accreditation(), course.validityMonths(), course.attendancePercent(),
					course.freeCancellationDays(), course.vat(), texts.getOrDefault(course.id().value(), Map.of()));
			return new Session(session.id(), described, session.firstDay(), session.lastDay(), session.startsAt(),
					session.endsAt(), session.room(), session.online(), session.capacity(), session.minimum(),
					session.language(), trainers.getOrDefault(session.id(), List.of()), session.cancelled());
		}).toList();
	}

	/** A session as its row gives it, without its course's texts or its trainers. */
	private static Session session(ResultSet row, int number) throws SQLException {
		UUID roomId = row.getObject("room_id", UUID.class);
		Room room = roomId == null ? null : new Room(roomId, row.getString("room_name"), row.getString("room_address"),
				row.getInt("room_capacity"));
		return new Session(row.getObject("session_id", UUID.class), CourseCatalog.course(row, Map.of()),
				row.getObject("first_day", LocalDate.class), row.getObject("last_day", LocalDate.class),
				row.getObject("starts_at", LocalTime.class), row.getObject("ends_at", LocalTime.class), room,
				row.getBoolean("online"), row.getInt("capacity"), CourseCatalog.integer(row, "minimum_participants"),
				row.getString("session_language"), List.of(),
				row.getObject("cancelled_at", OffsetDateTime.class) != null);
	}

}
