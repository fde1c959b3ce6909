package org.tutela.dossiers.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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
 * Health files as the retention engine reaches them: by their last contact, the day of
 * the last examination or entry in the file (MEN-24: kept 40 years, Code on well-being at
 * work, Book I, Title 4). Deleting a file removes its examinations and notes; a
 * workstation is no one's personal data and stays.
 */
@Component
public class ExpiringHealthFiles implements ExpiringRecords {

	private static final Kind KIND = new Kind("dossiers", "health files", Set.of(DossiersPersonalData.SURVEILLANCE),
			Set.of(Anchor.LAST_CONTACT), Set.of(RetentionAction.DELETE));

	private final JdbcClient jdbc;

	ExpiringHealthFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return this.jdbc
			.sql("SELECT id, worker_id FROM dossiers_health_file WHERE last_contact_on <= :cutoff"
					+ (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("worker_id", UUID.class)))
			.list();
	}

	/**
	 * Deletes what is still there: a batch applied twice changes nothing the second time.
	 */
	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		List<UUID> ids = keys.stream().map(UUID::fromString).toList();
		this.jdbc.sql("DELETE FROM dossiers_health_examination WHERE file_id IN (:ids)").param("ids", ids).update();
		this.jdbc.sql("DELETE FROM dossiers_health_note WHERE file_id IN (:ids)").param("ids", ids).update();
		return this.jdbc.sql("DELETE FROM dossiers_health_file WHERE id IN (:ids)").param("ids", ids).update();
	}

	/** A file names its worker: their record stays while one is kept. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, worker_id FROM dossiers_health_file WHERE worker_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("worker_id", UUID.class)))
			.list();
	}

}
