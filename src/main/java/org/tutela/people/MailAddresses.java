package org.tutela.people;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.identity.Caller;
import org.tutela.identity.StaffAccounts;
import org.tutela.personaldata.PersonId;

/**
 * Where Tutela itself writes to a person (a newsletter, a confirmation), and who an
 * address belongs to: for the modules that send mail, not for staff, whose reads go
 * through {@link Persons} and are audited. Only business addresses, or private ones given
 * with consent.
 */
@Component
public class MailAddresses {

	private final JdbcClient jdbc;

	private final StaffAccounts accounts;

	MailAddresses(JdbcClient jdbc, StaffAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * The person the signed-in portal account stands for, found by its e-mail address;
	 * empty for a visitor.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonId> signedIn() {
		return Caller.account().flatMap(this.accounts::email).flatMap(this::personWith);
	}

	@Transactional(readOnly = true)
	public Optional<Addressee> of(PersonId person) {
		return this.jdbc.sql("""
				SELECT p.id, p.first_name, p.second_name, p.last_name, p.language, c.contact_value
				FROM people_person p JOIN people_contact_point c ON c.person_id = p.id AND c.kind = 'EMAIL'
				WHERE p.id = :person ORDER BY c.usage, c.contact_value LIMIT 1""")
			.param("person", person.value())
			.query((row, n) -> {
				String second = row.getString("second_name");
				String full = row.getString("first_name") + (second == null ? "" : " " + second) + " "
						+ row.getString("last_name");
				return new Addressee(person, row.getString("contact_value"), row.getString("first_name"), full,
						row.getString("language"));
			})
			.optional();
	}

	/**
	 * The one person this address belongs to, with their name; empty when nobody or
	 * several persons share it (a shared mailbox is not one person).
	 */
	@Transactional(readOnly = true)
	public Optional<Addressee> onlyHolderOf(String email) {
		List<PersonId> holders = holdersOf(email);
		return holders.size() == 1 ? of(holders.get(0)) : Optional.empty();
	}

	/** Every person who holds this address, in any case. */
	@Transactional(readOnly = true)
	public List<PersonId> holdersOf(String email) {
		return this.jdbc
			.sql("""
					SELECT DISTINCT c.person_id FROM people_contact_point c WHERE c.kind = 'EMAIL' AND c.lookup_key = :key""")
			.param("key", email.strip().toLowerCase(Locale.ROOT))
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::of)
			.toList();
	}

	/** Every e-mail address held for the person, in lower case. */
	@Transactional(readOnly = true)
	public List<String> allOf(PersonId person) {
		return this.jdbc.sql("SELECT lookup_key FROM people_contact_point WHERE person_id = :person AND kind = 'EMAIL'")
			.param("person", person.value())
			.query(String.class)
			.list();
	}

	/**
	 * The person's addresses that no other person holds: what may be forgotten with them
	 * without touching someone who shares a mailbox.
	 */
	@Transactional(readOnly = true)
	public List<String> onlyOf(PersonId person) {
		return this.jdbc.sql("""
				SELECT c.lookup_key FROM people_contact_point c WHERE c.person_id = :person AND c.kind = 'EMAIL'
				AND NOT EXISTS (SELECT 1 FROM people_contact_point o
				  WHERE o.kind = 'EMAIL' AND o.lookup_key = c.lookup_key AND o.person_id <> :person)""")
			.param("person", person.value())
			.query(String.class)
			.list();
	}

	/** Every person holding one of these addresses. */
	@Transactional(readOnly = true)
	public Set<PersonId> personsWith(Collection<String> emails) {
		if (emails.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc
			.sql("SELECT DISTINCT person_id FROM people_contact_point WHERE kind = 'EMAIL' AND lookup_key IN (:keys)")
			.param("keys", emails.stream().map(email -> email.strip().toLowerCase(Locale.ROOT)).toList())
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::of)
			.toList());
	}

	/** The person this address belongs to; the oldest when several share it. */
	@Transactional(readOnly = true)
	public Optional<PersonId> personWith(String email) {
		return this.jdbc.sql("""
				SELECT c.person_id FROM people_contact_point c JOIN people_person p ON p.id = c.person_id
				WHERE c.kind = 'EMAIL' AND c.lookup_key = :key ORDER BY p.created_at, p.id LIMIT 1""")
			.param("key", email.strip().toLowerCase(Locale.ROOT))
			.query(UUID.class)
			.optional()
			.map(PersonId::of);
	}

}
