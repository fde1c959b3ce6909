package org.tutela.people.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.people.Contact;
import org.tutela.people.ContactUsage;
import org.tutela.people.DuplicateReason;
import org.tutela.people.Identifier;
import org.tutela.people.IdentifierKind;
import org.tutela.people.Page;
import org.tutela.people.Person;
import org.tutela.people.PersonQuery;
import org.tutela.people.PersonSummary;
import org.tutela.people.PossibleDuplicate;
import org.tutela.people.Provenance;
import org.tutela.people.person.CheckedPerson.CheckedContact;
import org.tutela.people.person.CheckedPerson.CheckedIdentifier;
import org.tutela.people.person.CheckedPerson.ContactKind;
import org.tutela.personaldata.PersonId;

/** The person tables: persons, their contact points and their encrypted identifiers. */
@Repository
public class PersonStore {

	private static final String SUMMARIES = """
			SELECT p.id, p.first_name, p.last_name, p.birth_date,
			  (SELECT MIN(c.contact_value) FROM people_contact_point c WHERE c.person_id = p.id AND c.kind = 'EMAIL') AS email
			FROM people_person p""";

	private static final String INSERT_IDENTIFIER = """
			INSERT INTO people_identifier (id, person_id, kind, value_cipher, blind_index, masked)
			VALUES (?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_CONTACT = """
			INSERT INTO people_contact_point (id, person_id, kind, usage, contact_value, lookup_key, private_consent_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final IdentifierVault vault;

	PersonStore(JdbcClient jdbc, JdbcTemplate batches, IdentifierVault vault) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.vault = vault;
	}

	public void insert(PersonId id, CheckedPerson person, Instant now) {
		insertAll(Map.of(id.value(), person), now);
	}

	/**
	 * Stores many persons in three batched statements: for imports and synthetic data.
	 */
	public void insertAll(Map<UUID, CheckedPerson> persons, Instant now) {
		OffsetDateTime at = utc(now);
		List<Object[]> people = new ArrayList<>(persons.size());
		List<Object[]> contacts = new ArrayList<>();
		List<Object[]> identifiers = new ArrayList<>();
		persons.forEach((id, person) -> {
			people.add(new Object[] { id, person.firstName(), person.secondName(), person.lastName(),
					SearchName.of(person.lastName(), person.firstName(), person.secondName()), person.birthDate(),
					person.language(), person.jobFunction(), person.provenance().name(), at });
			for (CheckedContact contact : person.contacts()) {
				contacts.add(new Object[] { UUID.randomUUID(), id, contact.kind().name(), contact.usage().name(),
						contact.value(), contact.lookupKey(), contact.usage() == ContactUsage.PRIVATE ? at : null });
			}
			person.identifiers().forEach(identifier -> identifiers.add(identifierRow(id, identifier)));
		});
		this.batches.batchUpdate("""
				INSERT INTO people_person (id, first_name, second_name, last_name, search_name, birth_date, language,
				  job_function, provenance, restricted, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)""", people);
		this.batches.batchUpdate(INSERT_CONTACT, contacts);
		this.batches.batchUpdate(INSERT_IDENTIFIER, identifiers);
	}

	/** Adds identifiers to a stored person. */
	public void addIdentifiers(PersonId person, List<CheckedIdentifier> identifiers) {
		this.batches.batchUpdate(INSERT_IDENTIFIER,
				identifiers.stream().map(identifier -> identifierRow(person.value(), identifier)).toList());
	}

	private Object[] identifierRow(UUID person, CheckedIdentifier identifier) {
		UUID row = UUID.randomUUID();
		return new Object[] { row, person, identifier.kind().name(), this.vault.encrypt(row, identifier.value()),
				this.vault.blindIndex(identifier.kind(), identifier.value()), identifier.masked() };
	}

	/**
	 * Puts the given contact points in place of those held; a private one held before
	 * keeps the moment the person consented to it.
	 */
	public void replaceContacts(PersonId person, List<CheckedContact> contacts, Instant now) {
		Map<String, OffsetDateTime> consented = new java.util.HashMap<>();
		this.jdbc
			.sql("SELECT kind, lookup_key, private_consent_at FROM people_contact_point WHERE person_id = :person "
					+ "AND private_consent_at IS NOT NULL")
			.param("person", person.value())
			.query((row, n) -> Map.entry(row.getString("kind") + " " + row.getString("lookup_key"),
					row.getObject("private_consent_at", OffsetDateTime.class)))
			.list()
			.forEach(held -> consented.put(held.getKey(), held.getValue()));
		this.jdbc.sql("DELETE FROM people_contact_point WHERE person_id = :person")
			.param("person", person.value())
			.update();
		this.batches.batchUpdate(INSERT_CONTACT,
				contacts.stream()
					.map(contact -> new Object[] { UUID.randomUUID(), person.value(), contact.kind().name(),
							contact.usage().name(), contact.value(), contact.lookupKey(),
							contact.usage() == ContactUsage.PRIVATE ? consented
								.getOrDefault(contact.kind().name() + " " + contact.lookupKey(), utc(now)) : null })
					.toList());
	}

	/** Puts each given identifier in place of the one of its kind the person holds. */
	public void replaceIdentifiers(PersonId person, List<CheckedIdentifier> identifiers) {
		identifiers.forEach(
				identifier -> this.jdbc.sql("DELETE FROM people_identifier WHERE person_id = :person AND kind = :kind")
					.param("person", person.value())
					.param("kind", identifier.kind().name())
					.update());
		addIdentifiers(person, identifiers);
	}

	/**
	 * The person who holds this identifier, found by its blind index without decrypting;
	 * the earliest registered when it is held twice.
	 */
	public Optional<PersonId> holderOf(IdentifierKind kind, String canonicalValue) {
		return this.jdbc.sql("""
				SELECT i.person_id FROM people_identifier i JOIN people_person p ON p.id = i.person_id
				WHERE i.kind = :kind AND i.blind_index = :index ORDER BY p.created_at, p.id""")
			.param("kind", kind.name())
			.param("index", this.vault.blindIndex(kind, canonicalValue))
			.query(UUID.class)
			.list()
			.stream()
			.findFirst()
			.map(PersonId::of);
	}

	public Optional<Person> find(PersonId id) {
		return this.jdbc.sql("SELECT * FROM people_person WHERE id = :id").param("id", id.value()).query((row, n) -> {
			List<Contact> emails = new ArrayList<>();
			List<Contact> phones = new ArrayList<>();
			contacts(id)
				.forEach(contact -> (contact.getKey() == ContactKind.EMAIL ? emails : phones).add(contact.getValue()));
			return new Person(id, row.getString("first_name"), row.getString("second_name"), row.getString("last_name"),
					row.getObject("birth_date", LocalDate.class), row.getString("language"),
					row.getString("job_function"), Provenance.valueOf(row.getString("provenance")),
					row.getBoolean("restricted"), instant(row, "created_at"), instant(row, "last_contact_at"),
					instant(row, "last_activity_at"), emails, phones, identifiers(id));
		}).optional();
	}

	private List<Map.Entry<ContactKind, Contact>> contacts(PersonId person) {
		return this.jdbc
			.sql("SELECT kind, usage, contact_value FROM people_contact_point WHERE person_id = :person "
					+ "ORDER BY kind, usage, contact_value")
			.param("person", person.value())
			.query((row, n) -> Map.entry(ContactKind.valueOf(row.getString("kind")),
					new Contact(row.getString("contact_value"), ContactUsage.valueOf(row.getString("usage")))))
			.list();
	}

	private List<Identifier> identifiers(PersonId person) {
		return this.jdbc.sql("SELECT kind, masked FROM people_identifier WHERE person_id = :person ORDER BY kind")
			.param("person", person.value())
			.query((row, n) -> new Identifier(IdentifierKind.valueOf(row.getString("kind")), row.getString("masked")))
			.list();
	}

	/** The identifiers of a person with their values decrypted, for exports only. */
	public List<Map<String, String>> identifierValues(PersonId person) {
		return this.jdbc
			.sql("SELECT id, kind, value_cipher FROM people_identifier WHERE person_id = :person ORDER BY kind")
			.param("person", person.value())
			.query((row, n) -> Map.of("kind", row.getString("kind"), "value_cipher",
					this.vault.decrypt(row.getObject("id", UUID.class), row.getString("value_cipher"))))
			.list();
	}

	public Page<PersonSummary> search(PersonQuery query, List<Map.Entry<IdentifierKind, String>> identifiers) {
		StringBuilder sql = new StringBuilder(SUMMARIES + " WHERE 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		if (query.name() != null && !SearchName.of(query.name()).isEmpty()) {
			String[] words = SearchName.of(query.name()).split(" ");
			for (int i = 0; i < words.length; i++) {
				sql.append(" AND p.search_name LIKE :word").append(i);
				params.put("word" + i, "%" + words[i] + "%");
			}
		}
		if (query.email() != null && !query.email().isBlank()) {
			sql.append(
					" AND p.id IN (SELECT person_id FROM people_contact_point WHERE kind = 'EMAIL' AND lookup_key = :email)");
			params.put("email", query.email().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (query.identifier() != null && !query.identifier().isBlank()) {
			sql.append(" AND p.id IN (SELECT person_id FROM people_identifier WHERE 1 = 0");
			for (int i = 0; i < identifiers.size(); i++) {
				sql.append(" OR (kind = :kind").append(i).append(" AND blind_index = :index").append(i).append(')');
				params.put("kind" + i, identifiers.get(i).getKey().name());
				params.put("index" + i, identifiers.get(i).getValue());
			}
			sql.append(')');
		}
		if (query.organisation() != null && !SearchName.of(query.organisation()).isEmpty()) {
			sql.append(
					" AND p.id IN (SELECT oc.person_id FROM people_organisation_contact oc JOIN people_organisation o"
							+ " ON o.id = oc.organisation_id WHERE o.search_name LIKE :organisation)");
			params.put("organisation", "%" + SearchName.of(query.organisation()) + "%");
		}
		sql.append(" ORDER BY p.search_name, p.id LIMIT :limit OFFSET :offset");
		params.put("limit", query.size() + 1);
		params.put("offset", (long) query.page() * query.size());
		List<PersonSummary> found = this.jdbc.sql(sql.toString()).params(params).query(PersonStore::summary).list();
		boolean more = found.size() > query.size();
		return new Page<>(more ? found.subList(0, query.size()) : found, query.page(), query.size(), more);
	}

	public List<PersonSummary> summaries(List<PersonId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SUMMARIES + " WHERE p.id IN (:ids)")
			.param("ids", ids.stream().map(PersonId::value).toList())
			.query(PersonStore::summary)
			.list();
	}

	private static PersonSummary summary(ResultSet row, int n) throws SQLException {
		return new PersonSummary(PersonId.of(row.getObject("id", UUID.class)), row.getString("first_name"),
				row.getString("last_name"), row.getObject("birth_date", LocalDate.class), row.getString("email"));
	}

	/**
	 * Pairs of persons sharing an e-mail address, an identifier, or a name and birth
	 * date.
	 */
	public List<PossibleDuplicate> duplicates(int limit) {
		return duplicates(null, limit);
	}

	/**
	 * Pairs as {@link #duplicates(int)} finds them, of which {@code of} is one; all pairs
	 * when null.
	 */
	public List<PossibleDuplicate> duplicates(@Nullable PersonId of, int limit) {
		List<PossibleDuplicate> found = new ArrayList<>();
		found.addAll(
				pairs("""
						SELECT DISTINCT a.person_id AS first_id, b.person_id AS second_id FROM people_contact_point a
						JOIN people_contact_point b ON a.kind = b.kind AND a.lookup_key = b.lookup_key AND a.person_id < b.person_id
						WHERE a.kind = 'EMAIL'""",
						DuplicateReason.SAME_EMAIL, of, limit));
		found.addAll(
				pairs("""
						SELECT DISTINCT a.person_id AS first_id, b.person_id AS second_id FROM people_identifier a
						JOIN people_identifier b ON a.kind = b.kind AND a.blind_index = b.blind_index AND a.person_id < b.person_id""",
						DuplicateReason.SAME_IDENTIFIER, of, limit));
		found.addAll(pairs("""
				SELECT a.id AS first_id, b.id AS second_id FROM people_person a
				JOIN people_person b ON a.last_name = b.last_name AND a.birth_date = b.birth_date AND a.id < b.id
				WHERE a.search_name = b.search_name""", DuplicateReason.SAME_NAME_AND_BIRTH_DATE, of, limit));
		return found.stream().limit(limit).toList();
	}

	private List<PossibleDuplicate> pairs(String sql, DuplicateReason reason, @Nullable PersonId of, int limit) {
		if (of == null) {
			return pairs(this.jdbc.sql(sql + " ORDER BY 1, 2 LIMIT :limit"), reason, limit);
		}
		return pairs(this.jdbc
			.sql("SELECT * FROM (" + sql + ") pair WHERE pair.first_id = :of OR pair.second_id = :of "
					+ "ORDER BY 1, 2 LIMIT :limit")
			.param("of", of.value()), reason, limit);
	}

	private static List<PossibleDuplicate> pairs(JdbcClient.StatementSpec statement, DuplicateReason reason,
			int limit) {
		return statement.param("limit", limit)
			.query((row, n) -> new PossibleDuplicate(PersonId.of(row.getObject("first_id", UUID.class)),
					PersonId.of(row.getObject("second_id", UUID.class)), reason))
			.list();
	}

	public boolean restricted(PersonId id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM people_person WHERE id = :id AND restricted")
			.param("id", id.value())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records that staff and the person were in contact at this moment (a reply, a
	 * decision on what they asked): the last contact a retention rule counts from; an
	 * earlier moment changes nothing.
	 */
	public void contacted(PersonId id, Instant at) {
		this.jdbc
			.sql("UPDATE people_person SET last_contact_at = :at WHERE id = :id"
					+ " AND (last_contact_at IS NULL OR last_contact_at < :at)")
			.param("at", utc(at))
			.param("id", id.value())
			.update();
	}

	public boolean exists(PersonId id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM people_person WHERE id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single() > 0;
	}

	public List<Map<String, Object>> personRows(PersonId person) {
		return this.jdbc.sql("SELECT * FROM people_person WHERE id = :person")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	public List<Map<String, Object>> contactRows(PersonId person) {
		return this.jdbc
			.sql("SELECT * FROM people_contact_point WHERE person_id = :person ORDER BY kind, contact_value")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	public List<Map<String, Object>> organisationRoleRows(PersonId person) {
		return this.jdbc
			.sql("SELECT * FROM people_organisation_contact WHERE person_id = :person ORDER BY contact_role")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	public void restrict(PersonId person, boolean restricted) {
		this.jdbc.sql("UPDATE people_person SET restricted = :restricted WHERE id = :person")
			.param("restricted", restricted)
			.param("person", person.value())
			.update();
	}

	/**
	 * Removes contact points, identifiers and organisation roles; the person row is left
	 * to the caller.
	 */
	public void removeDetails(PersonId person) {
		for (String table : List.of("people_contact_point", "people_identifier", "people_organisation_contact")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE person_id = :person")
				.param("person", person.value())
				.update();
		}
	}

	/** Deletes the person with their details; 1 when they were there, 0 when not. */
	public int delete(PersonId person) {
		removeDetails(person);
		return this.jdbc.sql("DELETE FROM people_person WHERE id = :person").param("person", person.value()).update();
	}

	/** Writes a corrected record's own fields. */
	public void correct(PersonId person, CheckedPerson corrected) {
		this.jdbc
			.sql("""
					UPDATE people_person SET first_name = :first, second_name = :second, last_name = :last, search_name = :search,
					  birth_date = :born, language = :language, job_function = :function
					WHERE id = :person""")
			.param("first", corrected.firstName())
			.param("second", corrected.secondName())
			.param("last", corrected.lastName())
			.param("search", SearchName.of(corrected.lastName(), corrected.firstName(), corrected.secondName()))
			.param("born", corrected.birthDate())
			.param("language", corrected.language())
			.param("function", corrected.jobFunction())
			.param("person", person.value())
			.update();
	}

	/**
	 * Keeps the row for counts and the links of other modules' anonymised rows, with
	 * nothing that identifies.
	 */
	public int anonymise(PersonId person) {
		removeDetails(person);
		return this.jdbc.sql("""
				UPDATE people_person SET first_name = '-', second_name = NULL, last_name = '-', search_name = '',
				  birth_date = NULL, job_function = NULL, last_contact_at = NULL, last_activity_at = NULL
				WHERE id = :person""").param("person", person.value()).update();
	}

	/**
	 * Moves contact points, identifiers and organisation roles of {@code from} to
	 * {@code into}, completes what {@code into} lacks from {@code from}, then deletes
	 * {@code from}.
	 */
	public void merge(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE people_contact_point SET person_id = :into WHERE person_id = :from")
			.param("into", into.value())
			.param("from", from.value())
			.update();
		this.jdbc.sql("UPDATE people_identifier SET person_id = :into WHERE person_id = :from")
			.param("into", into.value())
			.param("from", from.value())
			.update();
		this.jdbc
			.sql("""
					DELETE FROM people_organisation_contact WHERE person_id = :from AND EXISTS (SELECT 1 FROM people_organisation_contact k
					  WHERE k.person_id = :into AND k.organisation_id = people_organisation_contact.organisation_id
					  AND k.contact_role = people_organisation_contact.contact_role)""")
			.param("into", into.value())
			.param("from", from.value())
			.update();
		this.jdbc.sql("UPDATE people_organisation_contact SET person_id = :into WHERE person_id = :from")
			.param("into", into.value())
			.param("from", from.value())
			.update();
		Person kept = find(into).orElseThrow();
		Person removed = find(from).orElseThrow();
		this.jdbc
			.sql("""
					UPDATE people_person SET second_name = :second, birth_date = :born, job_function = :function,
					  restricted = :restricted, created_at = :created, last_contact_at = :contact, last_activity_at = :activity
					WHERE id = :into""")
			.param("second", either(kept.secondName(), removed.secondName()))
			.param("born", either(kept.birthDate(), removed.birthDate()))
			.param("function", either(kept.jobFunction(), removed.jobFunction()))
			.param("restricted", kept.restricted() || removed.restricted())
			.param("created", utc(earlier(kept.createdAt(), removed.createdAt())))
			.param("contact", utc(later(kept.lastContactAt(), removed.lastContactAt())))
			.param("activity", utc(later(kept.lastActivityAt(), removed.lastActivityAt())))
			.param("into", into.value())
			.update();
		this.jdbc.sql("DELETE FROM people_person WHERE id = :from").param("from", from.value()).update();
	}

	private static <T> @Nullable T either(@Nullable T kept, @Nullable T removed) {
		return kept != null ? kept : removed;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
		if (a == null || b == null) {
			return a == null ? b : a;
		}
		return a.isAfter(b) ? a : b;
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
