package org.tutela.enrolment.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.enrolment.Origin;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationSource;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.personaldata.ExpiringRecords.Due;
import org.tutela.platform.crypto.FieldCipher;

/**
 * The registration table; remarks are encrypted here and nowhere else read in the clear.
 */
@Repository
public class RegistrationStore {

	public static final EncryptedColumn REMARK = new EncryptedColumn("enrolment_registration", "id", "remark");

	/** The purpose remarks are kept for, which the pack maps to its activities. */
	public static final String REMARK_PURPOSE = "session-remarks";

	private static final String SELECT = """
			SELECT id, session_id, participant_id, registrant_id, organisation_id, status, source, registered_at,
				cancelled_at, late_cancellation, fee_due FROM enrolment_registration""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	RegistrationStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Holds the session's row until the transaction ends, so that two registrations for
	 * its last place are counted one after the other.
	 */
	public void lockSession(UUID session) {
		this.jdbc.sql("SELECT id FROM catalog_session WHERE id = :id FOR UPDATE")
			.param("id", session)
			.query(UUID.class)
			.list();
	}

	public int count(UUID session, RegistrationStatus status) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM enrolment_registration WHERE session_id = :session AND status = :status")
			.param("session", session)
			.param("status", status.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Whether any of {@code participants} has a place on the session, or one on its
	 * waiting list.
	 */
	public boolean holdsPlace(UUID session, Collection<PersonId> participants) {
		return !participants.isEmpty() && this.jdbc.sql("""
				SELECT COUNT(*) FROM enrolment_registration
				WHERE session_id = :session AND participant_id IN (:participants) AND status <> 'CANCELLED'""")
			.param("session", session)
			.param("participants", participants.stream().map(PersonId::value).toList())
			.query(Integer.class)
			.single() > 0;
	}

	public void insert(Registration registration, Origin origin, @Nullable String remark, String cancelTokenHash,
			@Nullable String keepInformedTokenHash) {
		this.jdbc
			.sql("""
					INSERT INTO enrolment_registration (id, session_id, participant_id, registrant_id, organisation_id,
						status, source, ip_address, user_agent, remark, cancel_token_hash, keep_informed_token_hash, registered_at)
					VALUES (:id, :session, :participant, :registrant, :organisation, :status, :source, :ip, :agent,
						:remark, :token, :keepInformed, :at)""")
			.param("id", registration.id())
			.param("session", registration.session())
			.param("participant", registration.participant().value())
			.param("registrant", registration.registrant() == null ? null : registration.registrant().value())
			.param("organisation", registration.organisation())
			.param("status", registration.status().name())
			.param("source", registration.source().name())
			.param("ip", origin.ipAddress())
			.param("agent", origin.userAgent())
			.param("remark", this.cipher.encrypt(REMARK.field(registration.id()), remark))
			.param("token", cancelTokenHash)
			.param("keepInformed", keepInformedTokenHash)
			.param("at", utc(registration.registeredAt()))
			.update();
	}

	public Optional<Registration> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id")
			.param("id", id)
			.query(RegistrationStore::registration)
			.optional();
	}

	/**
	 * The registration whose "keep me informed" link this is, the link then used up;
	 * empty when unknown or used.
	 */
	public Optional<Registration> takeKeepInformedToken(String hash) {
		Optional<Registration> found = this.jdbc.sql(SELECT + " WHERE keep_informed_token_hash = :hash")
			.param("hash", hash)
			.query(RegistrationStore::registration)
			.optional();
		found.ifPresent(registration -> this.jdbc
			.sql("UPDATE enrolment_registration SET keep_informed_token_hash = NULL WHERE id = :id")
			.param("id", registration.id())
			.update());
		return found;
	}

	public Optional<Registration> byCancelToken(String hash) {
		return this.jdbc.sql(SELECT + " WHERE cancel_token_hash = :hash")
			.param("hash", hash)
			.query(RegistrationStore::registration)
			.optional();
	}

	/**
	 * A session's registrations: confirmed first, then the waiting list in its order,
	 * then cancelled ones. Anonymised ones are only counted.
	 */
	public List<Registration> ofSession(UUID session) {
		return this.jdbc.sql(SELECT + """
				 WHERE session_id = :session AND participant_id IS NOT NULL
				ORDER BY CASE status WHEN 'CONFIRMED' THEN 0 WHEN 'WAITING' THEN 1 ELSE 2 END, registered_at, id""")
			.param("session", session)
			.query(RegistrationStore::registration)
			.list();
	}

	/**
	 * Registrations made for the organisation that still name their participant; oldest
	 * first.
	 */
	public List<Registration> forOrganisation(UUID organisation) {
		return this.jdbc.sql(SELECT
				+ " WHERE organisation_id = :organisation AND participant_id IS NOT NULL ORDER BY registered_at, id")
			.param("organisation", organisation)
			.query(RegistrationStore::registration)
			.list();
	}

	/**
	 * The registrations whose fee is due on sessions whose first day lies between the two
	 * days: confirmed places, and cancellations with the fee due; those that still name
	 * their participant, by day and in the order they came in.
	 */
	public List<Registration> payable(LocalDate from, LocalDate until) {
		return this.jdbc.sql("""
				SELECT r.id, r.session_id, r.participant_id, r.registrant_id, r.organisation_id, r.status, r.source,
					r.registered_at, r.cancelled_at, r.late_cancellation, r.fee_due
				FROM enrolment_registration r JOIN catalog_session s ON s.id = r.session_id
				WHERE s.first_day BETWEEN :from AND :until AND r.participant_id IS NOT NULL
					AND (r.status = 'CONFIRMED' OR (r.status = 'CANCELLED' AND r.fee_due))
				ORDER BY s.first_day, r.registered_at, r.id""")
			.param("from", from)
			.param("until", until)
			.query(RegistrationStore::registration)
			.list();
	}

	/**
	 * Those of the registrations that are cancelled with no fee due, a thousand asked at
	 * a time.
	 */
	public Set<UUID> cancelledFreeOfCharge(List<UUID> registrations) {
		Set<UUID> free = new HashSet<>();
		for (int from = 0; from < registrations.size(); from += 1000) {
			free.addAll(this.jdbc.sql("""
					SELECT id FROM enrolment_registration
					WHERE id IN (:ids) AND status = 'CANCELLED' AND NOT fee_due""")
				.param("ids", registrations.subList(from, Math.min(from + 1000, registrations.size())))
				.query(UUID.class)
				.list());
		}
		return free;
	}

	/**
	 * Unlinks these registrations made for the organisation from whoever registered them,
	 * a thousand at a time; how many.
	 */
	public int forgetRegistrants(UUID organisation, List<UUID> registrations) {
		int forgotten = 0;
		for (int from = 0; from < registrations.size(); from += 1000) {
			forgotten += this.jdbc
				.sql("UPDATE enrolment_registration SET registrant_id = NULL WHERE organisation_id = :organisation"
						+ " AND registrant_id IS NOT NULL AND id IN (:registrations)")
				.param("organisation", organisation)
				.param("registrations", registrations.subList(from, Math.min(from + 1000, registrations.size())))
				.update();
		}
		return forgotten;
	}

	/** Registrations the person made for others, or holds themselves; newest first. */
	public List<Registration> involving(PersonId person) {
		return this.jdbc
			.sql(SELECT + " WHERE participant_id = :person OR registrant_id = :person ORDER BY registered_at DESC")
			.param("person", person.value())
			.query(RegistrationStore::registration)
			.list();
	}

	public List<UUID> followedCourses(PersonId person, LocalDate today) {
		return this.jdbc.sql("""
				SELECT DISTINCT s.course_id FROM enrolment_registration r JOIN catalog_session s ON s.id = r.session_id
				WHERE r.participant_id = :person AND r.status = 'CONFIRMED' AND s.last_day < :today""")
			.param("person", person.value())
			.param("today", today)
			.query(UUID.class)
			.list();
	}

	public boolean resultDisclosed(UUID registration) {
		return this.jdbc.sql("SELECT COUNT(*) FROM enrolment_result_disclosure WHERE registration_id = :id")
			.param("id", registration)
			.query(Integer.class)
			.single() > 0;
	}

	public void resultDisclosed(UUID registration, UUID disclosure, Instant at) {
		this.jdbc.sql("""
				INSERT INTO enrolment_result_disclosure (registration_id, disclosure_id, disclosed_at)
				VALUES (:registration, :disclosure, :at)""")
			.param("registration", registration)
			.param("disclosure", disclosure)
			.param("at", utc(at))
			.update();
	}

	public Optional<Registration> firstWaiting(UUID session) {
		return this.jdbc
			.sql(SELECT + " WHERE session_id = :session AND status = 'WAITING' AND participant_id IS NOT NULL"
					+ " ORDER BY registered_at, id LIMIT 1")
			.param("session", session)
			.query(RegistrationStore::registration)
			.optional();
	}

	/** Its place on the waiting list, counting from 1. */
	public int waitingPosition(Registration registration) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM enrolment_registration WHERE session_id = :session AND status = 'WAITING'
				AND (registered_at < :at OR (registered_at = :at AND id <= :id))""")
			.param("session", registration.session())
			.param("at", utc(registration.registeredAt()))
			.param("id", registration.id())
			.query(Integer.class)
			.single();
	}

	public void promote(UUID id) {
		this.jdbc.sql("UPDATE enrolment_registration SET status = 'CONFIRMED' WHERE id = :id AND status = 'WAITING'")
			.param("id", id)
			.update();
	}

	public void cancel(UUID id, String by, boolean late, boolean feeDue, Instant at) {
		this.jdbc.sql("""
				UPDATE enrolment_registration SET status = 'CANCELLED', cancelled_at = :at, cancelled_by = :by,
					late_cancellation = :late, fee_due = :feeDue WHERE id = :id""")
			.param("id", id)
			.param("at", utc(at))
			.param("by", by)
			.param("late", late)
			.param("feeDue", feeDue)
			.update();
	}

	/** The remarks of a session's registrations, decrypted, by registration. */
	public Map<UUID, String> remarks(UUID session) {
		Map<UUID, String> remarks = new HashMap<>();
		this.jdbc
			.sql("SELECT id, remark FROM enrolment_registration WHERE session_id = :session AND remark IS NOT NULL")
			.param("session", session)
			.query(row -> {
				UUID id = row.getObject("id", UUID.class);
				remarks.put(id, this.cipher.decrypt(REMARK.field(id), row.getString("remark")));
			});
		return remarks;
	}

	/**
	 * For the retention engine: up to {@code limit} registrations after the key
	 * {@code after} whose session ended on or before {@code cutoff} and that match
	 * {@code condition} (SQL on {@code r}), in key order.
	 */
	public List<Due> endedBy(LocalDate cutoff, String condition, @Nullable String after, int limit) {
		return this.jdbc
			.sql("""
					SELECT r.id, r.participant_id, r.registrant_id FROM enrolment_registration r JOIN catalog_session s ON s.id = r.session_id
					WHERE s.last_day <= :cutoff AND\s"""
					+ condition + (after == null ? "" : " AND r.id > :after") + " ORDER BY r.id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("participant_id", UUID.class),
					row.getObject("registrant_id", UUID.class)))
			.list();
	}

	/** The person's registrations as the catalogue exports them, the remark decrypted. */
	/** The keys of the registrations the person holds as participant. */
	public List<String> idsOfParticipant(PersonId person) {
		return this.jdbc.sql("SELECT id FROM enrolment_registration WHERE participant_id = :person")
			.param("person", person.value())
			.query(String.class)
			.list();
	}

	public List<Map<String, Object>> rowsAbout(PersonId person) {
		return this.jdbc.sql("""
				SELECT id, session_id, participant_id, registrant_id, organisation_id, status, source, ip_address,
					user_agent, remark, registered_at, cancelled_at, cancelled_by, late_cancellation, fee_due
				FROM enrolment_registration WHERE participant_id = :person OR registrant_id = :person""")
			.param("person", person.value())
			.query((row, number) -> {
				Map<String, Object> fields = new HashMap<>();
				for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
					fields.put(row.getMetaData().getColumnLabel(column).toLowerCase(Locale.ROOT),
							row.getObject(column));
				}
				UUID id = row.getObject("id", UUID.class);
				fields.put("remark", this.cipher.decrypt(REMARK.field(id), row.getString("remark")));
				return fields;
			})
			.list();
	}

	static Registration registration(ResultSet row, int number) throws SQLException {
		OffsetDateTime cancelled = row.getObject("cancelled_at", OffsetDateTime.class);
		return new Registration(row.getObject("id", UUID.class), row.getObject("session_id", UUID.class),
				PersonId.ofNullable(row.getObject("participant_id", UUID.class)),
				PersonId.ofNullable(row.getObject("registrant_id", UUID.class)),
				row.getObject("organisation_id", UUID.class), RegistrationStatus.valueOf(row.getString("status")),
				RegistrationSource.valueOf(row.getString("source")),
				row.getObject("registered_at", OffsetDateTime.class).toInstant(),
				cancelled == null ? null : cancelled.toInstant(), row.getBoolean("late_cancellation"),
				row.getBoolean("fee_due"));
	}

	static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
