package org.tutela.retention.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.retention.ContractClosure;
import org.tutela.retention.ContractClosure.Line;
import org.tutela.retention.ContractClosure.Notice;
import org.tutela.retention.ContractClosure.Outcome;
import org.tutela.retention.EndedContract;

/** Contract close-outs with their lines and notices. */
@Repository
public class ContractStore {

	private final JdbcClient jdbc;

	ContractStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insert(EndedContract ended, boolean transferred, String closedBy, Instant at, List<Line> lines,
			List<String> recipients) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					INSERT INTO retention_contract_end (id, organisation_id, organisation_name, contract_ended_on, due_on, transferred,
						closed_by, closed_at)
					VALUES (:id, :organisation, :name, :ended, :due, :transferred, :by, :at)""")
			.param("id", id)
			.param("organisation", ended.organisation())
			.param("name", ended.name())
			.param("ended", ended.endedOn())
			.param("due", ended.dueOn())
			.param("transferred", transferred)
			.param("by", closedBy)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		for (int position = 0; position < lines.size(); position++) {
			Line line = lines.get(position);
			this.jdbc.sql("""
					INSERT INTO retention_contract_line (contract_end_id, position, outcome, kind, records, reason)
					VALUES (:id, :position, :outcome, :kind, :records, :reason)""")
				.param("id", id)
				.param("position", position)
				.param("outcome", line.outcome().name())
				.param("kind", line.kind())
				.param("records", line.records())
				.param("reason", line.reason())
				.update();
		}
		recipients.stream()
			.distinct()
			.forEach(recipient -> this.jdbc
				.sql("INSERT INTO retention_contract_notice (contract_end_id, recipient) VALUES (:id, :recipient)")
				.param("id", id)
				.param("recipient", recipient)
				.update());
		return id;
	}

	/**
	 * Records that the recipient was told; false when it is not on the list or was told
	 * already.
	 */
	public boolean told(UUID id, String recipient, String by, Instant at) {
		return this.jdbc.sql("""
				UPDATE retention_contract_notice SET told_by = :by, told_at = :at
				WHERE contract_end_id = :id AND recipient = :recipient AND told_at IS NULL""")
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("recipient", recipient)
			.update() == 1;
	}

	/** The contract ends closed out already, as organisation and day of the end. */
	public Set<String> closedEnds() {
		return Set.copyOf(this.jdbc.sql("SELECT organisation_id, contract_ended_on FROM retention_contract_end")
			.query((row, number) -> row.getString(1) + "/" + row.getObject(2, LocalDate.class))
			.list());
	}

	public Optional<ContractClosure> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM retention_contract_end WHERE id = :id")
			.param("id", id)
			.query((row, number) -> closure(row.getObject("id", UUID.class),
					row.getObject("organisation_id", UUID.class), row.getString("organisation_name"),
					row.getObject("contract_ended_on", LocalDate.class), row.getObject("due_on", LocalDate.class),
					row.getBoolean("transferred"), row.getString("closed_by"),
					row.getObject("closed_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** The latest close-outs, newest first. */
	public List<UUID> recent(int limit) {
		return this.jdbc.sql("SELECT id FROM retention_contract_end ORDER BY closed_at DESC, id LIMIT :limit")
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	private ContractClosure closure(UUID id, UUID organisation, String name, LocalDate ended, LocalDate due,
			boolean transferred, String by, Instant at) {
		List<Line> lines = this.jdbc
			.sql("""
					SELECT outcome, kind, records, reason FROM retention_contract_line WHERE contract_end_id = :id ORDER BY position""")
			.param("id", id)
			.query((row, number) -> new Line(Outcome.valueOf(row.getString("outcome")), row.getString("kind"),
					row.getInt("records"), row.getString("reason")))
			.list();
		List<Notice> notices = this.jdbc
			.sql("""
					SELECT recipient, told_by, told_at FROM retention_contract_notice WHERE contract_end_id = :id ORDER BY recipient""")
			.param("id", id)
			.query((row, number) -> {
				OffsetDateTime told = row.getObject("told_at", OffsetDateTime.class);
				return new Notice(row.getString("recipient"), row.getString("told_by"),
						told == null ? null : told.toInstant());
			})
			.list();
		return new ContractClosure(id, organisation, name, ended, due, transferred, by, at, lines, notices);
	}

}
