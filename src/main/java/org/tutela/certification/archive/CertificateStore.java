package org.tutela.certification.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.certification.Certificate;
import org.tutela.personaldata.PersonId;

@Repository
public class CertificateStore {

	private static final String SELECT = """
			SELECT id, registration_id, person_id, session_id, code, holder_name, course_code, course_title, completed_on,
				valid_until, issued_at FROM certification_certificate""";

	private final JdbcClient jdbc;

	CertificateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Certificate certificate) {
		this.jdbc.sql("""
				INSERT INTO certification_certificate (id, registration_id, person_id, session_id, code, holder_name,
					course_code, course_title, completed_on, valid_until, issued_at)
				VALUES (:id, :registration, :person, :session, :code, :holder, :courseCode, :courseTitle, :completedOn,
					:validUntil, :issuedAt)""")
			.param("id", certificate.id())
			.param("registration", certificate.registration())
			.param("person", certificate.person().value())
			.param("session", certificate.session())
			.param("code", certificate.code())
			.param("holder", certificate.holderName())
			.param("courseCode", certificate.courseCode())
			.param("courseTitle", certificate.courseTitle())
			.param("completedOn", certificate.completedOn())
			.param("validUntil", certificate.validUntil())
			.param("issuedAt", certificate.issuedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	public boolean issuedFor(UUID registration) {
		return this.jdbc.sql("SELECT COUNT(*) FROM certification_certificate WHERE registration_id = :registration")
			.param("registration", registration)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * The certificate, unless it is in the restricted archive and {@code archive} is not
	 * open.
	 */
	public Optional<Certificate> find(UUID id, boolean archive) {
		return this.jdbc.sql(SELECT + " WHERE id = :id" + (archive ? "" : " AND archived_on IS NULL"))
			.param("id", id)
			.query(CertificateStore::certificate)
			.optional();
	}

	public Optional<Certificate> byCode(String code) {
		return this.jdbc.sql(SELECT + " WHERE code = :code")
			.param("code", code)
			.query(CertificateStore::certificate)
			.optional();
	}

	/**
	 * The session's certificates, those in the restricted archive only when
	 * {@code archive} is open.
	 */
	public List<Certificate> ofSession(UUID session, boolean archive) {
		return this.jdbc
			.sql(SELECT + " WHERE session_id = :session AND anonymised_on IS NULL"
					+ (archive ? "" : " AND archived_on IS NULL") + " ORDER BY holder_name")
			.param("session", session)
			.query(CertificateStore::certificate)
			.list();
	}

	/**
	 * Certificates that run out between the two days and whose holder has not been
	 * reminded yet.
	 */
	public List<Certificate> expiringUnreminded(LocalDate from, LocalDate until) {
		return this.jdbc
			.sql(SELECT + " WHERE valid_until BETWEEN :from AND :until AND reminded_at IS NULL AND archived_on IS NULL"
					+ " AND anonymised_on IS NULL")
			.param("from", from)
			.param("until", until)
			.query(CertificateStore::certificate)
			.list();
	}

	/**
	 * Claims the certificate's reminder before anything is sent: true for the one caller
	 * that marked it, false when another node or run already had.
	 */
	public boolean claimReminder(UUID id, Instant at) {
		return this.jdbc
			.sql("UPDATE certification_certificate SET reminded_at = :at WHERE id = :id AND reminded_at IS NULL")
			.param("id", id)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/**
	 * The person's certificates as the catalogue exports them; those in the archive only
	 * when {@code archive} is open.
	 */
	public List<Map<String, Object>> rowsAbout(PersonId person) {
		return this.jdbc.sql("""
				SELECT code, holder_name, course_code, course_title, completed_on, valid_until, issued_at, reminded_at,
					archived_on
				FROM certification_certificate WHERE person_id = :person""")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/** The keys of the person's certificates. */
	public List<String> idsOf(PersonId person) {
		return this.jdbc.sql("SELECT id FROM certification_certificate WHERE person_id = :person")
			.param("person", person.value())
			.query(String.class)
			.list();
	}

	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE certification_certificate SET person_id = :into WHERE person_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
	}

	static Certificate certificate(ResultSet row, int number) throws SQLException {
		return new Certificate(row.getObject("id", UUID.class), row.getObject("registration_id", UUID.class),
				PersonId.ofNullable(row.getObject("person_id", UUID.class)), row.getObject("session_id", UUID.class),
				row.getString("code"), row.getString("holder_name"), row.getString("course_code"),
				row.getString("course_title"), row.getObject("completed_on", LocalDate.class),
				row.getObject("valid_until", LocalDate.class),
				row.getObject("issued_at", OffsetDateTime.class).toInstant());
	}

}
