package org.tutela.dossiers.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.Awards;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;

/**
 * Award candidacies as the retention engine reaches them: five years from the day the
 * candidacy was received (VCK-5), then deleted with their summary and document.
 */
@Component
public class ExpiringCandidacies implements ExpiringRecords {

	private static final Kind KIND = new Kind("dossiers", "award dossiers", Set.of(Awards.PURPOSE),
			Set.of(Anchor.COLLECTION), Set.of(RetentionAction.DELETE));

	private final JdbcClient jdbc;

	ExpiringCandidacies(JdbcClient jdbc) {
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
			.sql("SELECT id, candidate_id FROM dossiers_candidacy WHERE received_on <= :cutoff"
					+ (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("candidate_id", UUID.class)))
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
		return this.jdbc.sql("DELETE FROM dossiers_candidacy WHERE id IN (:ids)").param("ids", ids).update();
	}

	/** A candidacy names its candidate: their record stays while one is kept. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, candidate_id FROM dossiers_candidacy WHERE candidate_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("candidate_id", UUID.class)))
			.list();
	}

}
