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
 * Absenteeism controls as the retention engine reaches them: by their incident, the day
 * the employer received the conclusion (or the control was called off), from which a
 * claim can arise (CER-13). A control still under way has no incident yet and is never
 * due. Deleting one removes its findings with it.
 */
@Component
public class ExpiringControls implements ExpiringRecords {

	private static final Kind KIND = new Kind("dossiers", "absenteeism controls", Set.of(DossiersPersonalData.CONTROL),
			Set.of(Anchor.INCIDENT_DATE), Set.of(RetentionAction.DELETE));

	private final JdbcClient jdbc;

	ExpiringControls(JdbcClient jdbc) {
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
			.sql("SELECT id, worker_id FROM dossiers_control WHERE incident_on <= :cutoff"
					+ (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("worker_id", UUID.class)))
			.list();
	}

	/**
	 * Deletes what is still there, so a batch applied twice changes nothing the second
	 * time.
	 */
	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		List<UUID> ids = keys.stream().map(UUID::fromString).toList();
		this.jdbc.sql("DELETE FROM dossiers_control_finding WHERE control_id IN (:ids)").param("ids", ids).update();
		return this.jdbc.sql("DELETE FROM dossiers_control WHERE id IN (:ids)").param("ids", ids).update();
	}

	/**
	 * A control names its worker and the contact who ordered it: their records stay while
	 * one is kept.
	 */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT id, worker_id, ordered_by FROM dossiers_control"
					+ " WHERE worker_id IN (:persons) OR ordered_by IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("worker_id", UUID.class),
					row.getObject("ordered_by", UUID.class)))
			.list();
	}

}
