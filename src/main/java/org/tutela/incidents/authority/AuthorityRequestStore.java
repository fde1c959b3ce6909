package org.tutela.incidents.authority;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.incidents.AuthorityAnswer;
import org.tutela.incidents.AuthorityRequest;
import org.tutela.incidents.AuthorityRequestKind;
import org.tutela.people.Organisations;

/** The requests and their hand-overs, in {@code incidents_authority_request}. */
@Repository
public class AuthorityRequestStore {

	private static final String SELECT = """
			SELECT r.*, (SELECT COUNT(*) FROM incidents_authority_hand_over h WHERE h.request_id = r.id) AS hand_overs
			FROM incidents_authority_request r""";

	private final JdbcClient jdbc;

	private final Organisations organisations;

	AuthorityRequestStore(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	/** A request as recorded, with the day the client must be informed by. */
	public record Recorded(UUID id, String reference, AuthorityRequestKind kind, String requester, String subject,
			UUID organisation, Instant receivedAt, LocalDate informBy, @Nullable String legalGround, Instant recordedAt,
			String recordedBy) {

	}

	public void insert(Recorded request) {
		this.jdbc.sql("""
				INSERT INTO incidents_authority_request (id, reference, kind, requester, subject, organisation_id,
				  received_at, inform_by, legal_ground, recorded_at, recorded_by)
				VALUES (:id, :reference, :kind, :requester, :subject, :organisation, :received, :informBy,
				  :legalGround, :recordedAt, :recordedBy)""")
			.param("id", request.id())
			.param("reference", request.reference())
			.param("kind", request.kind().name())
			.param("requester", request.requester())
			.param("subject", request.subject())
			.param("organisation", request.organisation())
			.param("received", at(request.receivedAt()))
			.param("informBy", request.informBy())
			.param("legalGround", request.legalGround())
			.param("recordedAt", at(request.recordedAt()))
			.param("recordedBy", request.recordedBy())
			.update();
	}

	public Optional<AuthorityRequest> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(this::request).optional();
	}

	/** Every request, those received last first. */
	public List<AuthorityRequest> all() {
		return this.jdbc.sql(SELECT + " ORDER BY r.received_at DESC, r.reference").query(this::request).list();
	}

	/** The requests the client may be told of, of these organisations, newest first. */
	public List<AuthorityRequest> toldTo(List<UUID> organisations) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " WHERE r.organisation_id IN (:organisations) AND r.informed_at IS NOT NULL"
					+ " ORDER BY r.informed_at DESC, r.reference")
			.param("organisations", organisations)
			.query(this::request)
			.list();
	}

	/**
	 * Marks the client informed, once, and only where the law allows telling it: false
	 * when it was informed already or may not be.
	 */
	public boolean informed(UUID id, Instant at, Instant objectionUntil) {
		return this.jdbc.sql("""
				UPDATE incidents_authority_request SET informed_at = :at, objection_until = :until
				WHERE id = :id AND informed_at IS NULL AND legal_ground IS NULL""")
			.param("id", id)
			.param("at", at(at))
			.param("until", at(objectionUntil))
			.update() == 1;
	}

	/** The client's answer, only while its window is open at {@code at}. */
	public boolean answered(UUID id, AuthorityAnswer answer, @Nullable String reason, Instant at, String by) {
		return this.jdbc.sql("""
				UPDATE incidents_authority_request
				SET answer = :answer, answer_reason = :reason, answered_at = :at, answered_by = :by
				WHERE id = :id AND objection_until > :at""")
			.param("id", id)
			.param("answer", answer.name())
			.param("reason", reason)
			.param("at", at(at))
			.param("by", by)
			.update() == 1;
	}

	public void handedOver(UUID id, UUID disclosure, Instant at, String by) {
		this.jdbc.sql("""
				INSERT INTO incidents_authority_hand_over (request_id, disclosure_id, handed_at, handed_by)
				VALUES (:id, :disclosure, :at, :by)""")
			.param("id", id)
			.param("disclosure", disclosure)
			.param("at", at(at))
			.param("by", by)
			.update();
	}

	private AuthorityRequest request(ResultSet row, int n) throws SQLException {
		UUID organisation = row.getObject("organisation_id", UUID.class);
		String answer = row.getString("answer");
		return new AuthorityRequest(row.getObject("id", UUID.class), row.getString("reference"),
				AuthorityRequestKind.valueOf(row.getString("kind")), row.getString("requester"),
				row.getString("subject"), organisation, this.organisations.name(organisation).orElse(""),
				instant(row, "received_at"), row.getObject("inform_by", LocalDate.class), row.getString("legal_ground"),
				instant(row, "recorded_at"), instant(row, "informed_at"), instant(row, "objection_until"),
				answer == null ? null : AuthorityAnswer.valueOf(answer), row.getString("answer_reason"),
				instant(row, "answered_at"), row.getInt("hand_overs"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
