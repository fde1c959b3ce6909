package org.tutela.consent.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.consent.Channel;
import org.tutela.consent.Choice;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.Evidence;
import org.tutela.personaldata.PersonId;

/** The choices, only ever added to; erasure and merging are the only changes. */
@Repository
public class Choices {

	private static final String COLUMNS = "SELECT person_id, purpose, kind, channel, wording_id, ip_address, user_agent, "
			+ "form, framework, reference, occurred_at FROM consent_choice ";

	private final JdbcClient jdbc;

	Choices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Choice choice) {
		Evidence evidence = choice.evidence();
		this.jdbc
			.sql("""
					INSERT INTO consent_choice (id, person_id, purpose, kind, channel, wording_id, ip_address, user_agent, form,
					framework, reference, occurred_at)
					VALUES (:id, :person, :purpose, :kind, :channel, :wording, :ip, :agent, :form, :framework, :reference, :at)""")
			.param("id", UUID.randomUUID())
			.param("person", choice.person().value())
			.param("purpose", choice.purpose())
			.param("kind", choice.kind().name())
			.param("channel", evidence.channel().name())
			.param("wording", evidence.wording())
			.param("ip", evidence.ipAddress())
			.param("agent", evidence.userAgent())
			.param("form", evidence.form())
			.param("framework", evidence.framework().name())
			.param("reference", evidence.reference())
			.param("at", OffsetDateTime.ofInstant(choice.at(), ZoneOffset.UTC))
			.update();
		refreshCurrent(choice.person());
	}

	/** The latest choice; a later row wins a tie in time, as it was recorded later. */
	public Optional<Choice> latest(PersonId person, String purpose) {
		return this.jdbc
			.sql(COLUMNS + "WHERE person_id = :person AND purpose = :purpose "
					+ "ORDER BY occurred_at DESC, seq DESC LIMIT 1")
			.param("person", person.value())
			.param("purpose", purpose)
			.query(Choices::choice)
			.optional();
	}

	/** Every choice of the person, oldest first. */
	public List<Choice> history(PersonId person) {
		return this.jdbc.sql(COLUMNS + "WHERE person_id = :person ORDER BY occurred_at, seq")
			.param("person", person.value())
			.query(Choices::choice)
			.list();
	}

	public List<Map<String, Object>> rows(PersonId person) {
		return this.jdbc.sql("SELECT * FROM consent_choice WHERE person_id = :person ORDER BY occurred_at, seq")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/**
	 * Moves the choices over; the choice that counts is then the latest of both persons'
	 * histories.
	 */
	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE consent_choice SET person_id = :into WHERE person_id = :from")
			.param("into", into.value())
			.param("from", from.value())
			.update();
		this.jdbc.sql("DELETE FROM consent_current WHERE person_id = :from").param("from", from.value()).update();
		refreshCurrent(into);
	}

	/** Sets the person's current choices to the latest of their history, per purpose. */
	private void refreshCurrent(PersonId person) {
		this.jdbc.sql("DELETE FROM consent_current WHERE person_id = :person").param("person", person.value()).update();
		this.jdbc
			.sql("""
					INSERT INTO consent_current (person_id, purpose, kind, occurred_at)
					SELECT c.person_id, c.purpose, c.kind, c.occurred_at FROM consent_choice c
					WHERE c.person_id = :person AND c.seq = (SELECT l.seq FROM consent_choice l WHERE l.person_id = c.person_id
					AND l.purpose = c.purpose ORDER BY l.occurred_at DESC, l.seq DESC LIMIT 1)""")
			.param("person", person.value())
			.update();
	}

	/** Those of the persons whose current choice for some purpose is consent given. */
	public Set<PersonId> consenting(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return Set.of();
		}
		return this.jdbc
			.sql("SELECT DISTINCT person_id FROM consent_current WHERE person_id IN (:persons) AND kind = :given")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.param("given", ChoiceKind.GIVEN.name())
			.query((row, n) -> PersonId.of(row.getObject("person_id", UUID.class)))
			.set();
	}

	public void delete(PersonId person) {
		this.jdbc.sql("DELETE FROM consent_current WHERE person_id = :person").param("person", person.value()).update();
		this.jdbc.sql("DELETE FROM consent_choice WHERE person_id = :person").param("person", person.value()).update();
	}

	private static Choice choice(ResultSet row, int n) throws SQLException {
		Evidence evidence = new Evidence(Channel.valueOf(row.getString("channel")),
				row.getObject("wording_id", UUID.class), row.getString("ip_address"), row.getString("user_agent"),
				row.getString("form"), Evidence.Framework.valueOf(row.getString("framework")),
				row.getString("reference"));
		return new Choice(PersonId.of(row.getObject("person_id", UUID.class)), row.getString("purpose"),
				ChoiceKind.valueOf(row.getString("kind")), evidence,
				row.getObject("occurred_at", OffsetDateTime.class).toInstant());
	}

}
