package org.tutela.certification.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;

/**
 * Certificates as the retention engine reaches them, by the day the course was completed
 * (its session's end). Archiving one leaves it as issued and hides it from everyone
 * without the archive permission (MEZ-8). Anonymising one keeps the course and dates and
 * cuts every link to the holder: name, person, registration, and the verification code,
 * replaced by one made from the certificate's own random id. Deleting one removes it.
 */
@Component
class ExpiringCertificates implements ExpiringRecords {

	private static final Kind KIND = new Kind("certification", "certificates", Set.of("certification"),
			Set.of(Anchor.SESSION_END, Anchor.LAST_CONTACT),
			Set.of(RetentionAction.ARCHIVE, RetentionAction.ANONYMISE, RetentionAction.DELETE));

	/** The column that marks a certificate an action has reached. */
	private static final Map<RetentionAction, String> MARK = Map.of(RetentionAction.ARCHIVE, "archived_on",
			RetentionAction.ANONYMISE, "anonymised_on");

	private final JdbcClient jdbc;

	private final Clock clock;

	ExpiringCertificates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return this.jdbc
			.sql("SELECT id, person_id FROM certification_certificate WHERE completed_on <= :cutoff"
					+ (after == null ? "" : " AND id > :after")
					+ (action == RetentionAction.DELETE ? "" : " and " + MARK.get(action) + " is null")
					+ " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("person_id", UUID.class)))
			.list();
	}

	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		List<UUID> ids = keys.stream().map(UUID::fromString).toList();
		if (action == RetentionAction.DELETE) {
			return this.jdbc.sql("DELETE FROM certification_certificate WHERE id IN (:keys)")
				.param("keys", ids)
				.update();
		}
		if (action == RetentionAction.ARCHIVE) {
			return this.jdbc.sql(
					"UPDATE certification_certificate SET archived_on = :today WHERE id IN (:keys) AND archived_on IS NULL")
				.param("today", LocalDate.now(this.clock))
				.param("keys", ids)
				.update();
		}
		return this.jdbc
			.sql("""
					UPDATE certification_certificate SET person_id = NULL, registration_id = NULL, holder_name = '-',
						code = substring(replace(CAST(id AS varchar(36)), '-', ''), 1, 14), reminded_at = NULL, anonymised_on = :today
					WHERE id IN (:keys) AND anonymised_on IS NULL""")
			.param("today", LocalDate.now(this.clock))
			.param("keys", ids)
			.update();
	}

	/** A certificate names its holder until it is anonymised, archived or not. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, person_id FROM certification_certificate WHERE person_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("person_id", UUID.class)))
			.list();
	}

}
