package org.tutela.disclosures.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.disclosures.Disclosure;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.PersonId;
import org.tutela.register.LegalBasis;
import org.tutela.register.RecipientType;

/**
 * The stored disclosures: written once, never changed; a person's link goes with their
 * erasure.
 */
@Repository
public class DisclosureLog {

	private static final String COLUMNS = "SELECT d.id, d.activity, d.recipient, d.recipient_type, d.basis, d.categories, "
			+ "d.reference, d.disclosed_at, d.disclosed_by FROM disclosure d ";

	private final JdbcClient jdbc;

	DisclosureLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(Disclosure disclosure) {
		this.jdbc.sql("""
				INSERT INTO disclosure (id, activity, recipient, recipient_type, basis, categories, reference,
				disclosed_at, disclosed_by)
				VALUES (:id, :activity, :recipient, :type, :basis, :categories, :reference, :at, :by)""")
			.param("id", disclosure.id())
			.param("activity", disclosure.activity())
			.param("recipient", disclosure.recipient())
			.param("type", disclosure.recipientType().name())
			.param("basis", disclosure.basis().name())
			.param("categories",
					disclosure.categories().stream().sorted().map(DataCategory::name).collect(Collectors.joining(",")))
			.param("reference", disclosure.reference())
			.param("at", OffsetDateTime.ofInstant(disclosure.disclosedAt(), ZoneOffset.UTC))
			.param("by", disclosure.disclosedBy())
			.update();
		for (PersonId person : disclosure.persons()) {
			this.jdbc.sql("INSERT INTO disclosure_person (disclosure_id, person_id) VALUES (:id, :person)")
				.param("id", disclosure.id())
				.param("person", person.value())
				.update();
		}
	}

	/** The newest first; {@code limit} rows from {@code offset}. */
	public List<Disclosure> latest(int offset, int limit) {
		return withPersons(this.jdbc.sql(COLUMNS + "ORDER BY d.disclosed_at DESC, d.id LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(DisclosureLog::disclosure)
			.list());
	}

	public List<Disclosure> about(PersonId person) {
		return withPersons(this.jdbc
			.sql(COLUMNS + "JOIN disclosure_person p ON p.disclosure_id = d.id "
					+ "WHERE p.person_id = :person ORDER BY d.disclosed_at DESC, d.id")
			.param("person", person.value())
			.query(DisclosureLog::disclosure)
			.list());
	}

	/** The disclosure rows of the person, as the catalogue exports them. */
	public List<Map<String, Object>> rowsAbout(PersonId person) {
		return this.jdbc
			.sql(COLUMNS + "JOIN disclosure_person p ON p.disclosure_id = d.id "
					+ "WHERE p.person_id = :person ORDER BY d.disclosed_at, d.id")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	public void forget(PersonId person) {
		this.jdbc.sql("DELETE FROM disclosure_person WHERE person_id = :person")
			.param("person", person.value())
			.update();
	}

	/**
	 * Moves a person's links to another; where both were disclosed together, one link
	 * remains.
	 */
	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("""
				UPDATE disclosure_person SET person_id = :into WHERE person_id = :from AND disclosure_id NOT IN
				(SELECT disclosure_id FROM disclosure_person WHERE person_id = :into)""")
			.param("into", into.value())
			.param("from", from.value())
			.update();
		forget(from);
	}

	/** A disclosure as stored, without its persons yet. */
	private static Disclosure disclosure(ResultSet row, int n) throws SQLException {
		EnumSet<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		Arrays.stream(row.getString("categories").split(",")).map(DataCategory::valueOf).forEach(categories::add);
		return new Disclosure(row.getObject("id", UUID.class), row.getString("activity"), row.getString("recipient"),
				RecipientType.valueOf(row.getString("recipient_type")), LegalBasis.valueOf(row.getString("basis")),
				categories, List.of(), row.getString("reference"),
				row.getObject("disclosed_at", OffsetDateTime.class).toInstant(), row.getString("disclosed_by"));
	}

	private List<Disclosure> withPersons(List<Disclosure> disclosures) {
		Map<UUID, List<PersonId>> persons = persons(disclosures.stream().map(Disclosure::id).toList());
		return disclosures.stream()
			.map(d -> new Disclosure(d.id(), d.activity(), d.recipient(), d.recipientType(), d.basis(), d.categories(),
					persons.getOrDefault(d.id(), List.of()), d.reference(), d.disclosedAt(), d.disclosedBy()))
			.toList();
	}

	private Map<UUID, List<PersonId>> persons(List<UUID> disclosures) {
		if (disclosures.isEmpty()) {
			return Map.of();
		}
		return this.jdbc
			.sql("SELECT disclosure_id, person_id FROM disclosure_person WHERE disclosure_id IN (:ids) "
					+ "ORDER BY person_id")
			.param("ids", disclosures)
			.query((row, n) -> Map.entry(row.getObject("disclosure_id", UUID.class),
					PersonId.of(row.getObject("person_id", UUID.class))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

}
