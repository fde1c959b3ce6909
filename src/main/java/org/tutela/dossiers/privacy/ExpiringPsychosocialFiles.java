package org.tutela.dossiers.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.psychosocial.PsychosocialCases;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;

/**
 * Psychosocial files as the retention engine reaches them: by their collection, the day
 * the request for formal psychosocial intervention was submitted, from which the file is
 * kept 20 years (MEN-24). Deleting a case removes its notes with it.
 */
@Component
public class ExpiringPsychosocialFiles implements ExpiringRecords {

	private static final Kind KIND = new Kind("dossiers", "psychosocial files", Set.of(PsychosocialCases.PURPOSE),
			Set.of(Anchor.COLLECTION), Set.of(RetentionAction.DELETE));

	private final JdbcClient jdbc;

	ExpiringPsychosocialFiles(JdbcClient jdbc) {
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
			.sql("SELECT id, applicant_id FROM dossiers_psychosocial_case WHERE submitted_on <= :cutoff"
					+ (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("applicant_id", UUID.class)))
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
		this.jdbc.sql("DELETE FROM dossiers_psychosocial_note WHERE case_id IN (:ids)").param("ids", ids).update();
		return this.jdbc.sql("DELETE FROM dossiers_psychosocial_case WHERE id IN (:ids)").param("ids", ids).update();
	}

	/** A case names its applicant: their record stays while one is kept. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, applicant_id FROM dossiers_psychosocial_case WHERE applicant_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("applicant_id", UUID.class)))
			.list();
	}

}
