package org.tutela.people.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.people.MailAddresses;
import org.tutela.people.Provenance;
import org.tutela.people.person.PersonStore;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonErased;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;
import org.tutela.platform.crypto.KeyedHash;

/**
 * Persons as the retention engine reaches them (CES-9): a person whose own last contact
 * (recorded, first recorded, or last active) is older than the rule allows, whose data is
 * not restricted (Art. 18: kept for a claim), who holds no contact role for an
 * organisation, and whom no record of another kind names any longer (the engine asks the
 * other kinds) reaches their end. Deleting one removes the person with their contact
 * points and identifiers; anonymising one keeps a row without anything that identifies,
 * for the links of other modules' anonymised rows. An erasure request does the same
 * through {@link PeoplePersonalData}. A person a public form registered for a message or
 * an application goes with the last such record once nothing else keeps them
 * ({@link #leftBehind}), whatever the rule for persons says.
 */
@Component
class ExpiringPersons implements ExpiringRecords {

	private static final Kind KIND = new Kind("people", "persons", Set.of(PeoplePersonalData.ADMINISTRATION),
			Set.of(Anchor.LAST_CONTACT), Set.of(RetentionAction.DELETE, RetentionAction.ANONYMISE));

	private static final String LAST_CONTACT = "GREATEST(p.created_at, COALESCE(p.last_contact_at, p.created_at),"
			+ " COALESCE(p.last_activity_at, p.created_at))";

	/** What an anonymised person looks like; none waits for a second anonymisation. */
	private static final String NOT_ANONYMISED = " AND NOT (p.last_name = '-' AND p.search_name = '')";

	private final JdbcClient jdbc;

	private final PersonStore store;

	private final Clock clock;

	private final MailAddresses addresses;

	private final KeyedHash hash;

	private final ApplicationEventPublisher events;

	ExpiringPersons(JdbcClient jdbc, PersonStore store, Clock clock, MailAddresses addresses, KeyedHash hash,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
		this.addresses = addresses;
		this.hash = hash;
		this.events = events;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public boolean arePersons() {
		return true;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return this.jdbc
			.sql("SELECT p.id FROM people_person p WHERE " + LAST_CONTACT + " < :before" + " AND NOT p.restricted"
					+ " AND NOT EXISTS (SELECT 1 FROM people_organisation_contact c WHERE c.person_id = p.id)"
					+ (action == RetentionAction.ANONYMISE ? NOT_ANONYMISED : "")
					+ (after == null ? "" : " AND p.id > :after") + " ORDER BY p.id LIMIT :limit")
			.param("before", cutoff.plusDays(1).atStartOfDay(this.clock.getZone()).toOffsetDateTime())
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * Those of the persons a public form registered ({@code WEB_FORM}), not restricted,
	 * holding no contact role and not anonymised: a person staff or an employer entered,
	 * or one kept for a claim, does not go with a message or an application.
	 */
	@Override
	public List<Due> leftBehind(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT p.id FROM people_person p WHERE p.id IN (:persons) AND p.provenance = :form"
					+ " AND NOT p.restricted"
					+ " AND NOT EXISTS (SELECT 1 FROM people_organisation_contact c WHERE c.person_id = p.id)"
					+ NOT_ANONYMISED + " ORDER BY p.id")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.param("form", Provenance.WEB_FORM.name())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("id", UUID.class)))
			.list();
	}

	/**
	 * Each person's statements change nothing the second time. The modules that keep
	 * copies of the person elsewhere (queued mail, a portal account) are told of each
	 * person actually removed, with a keyed hash of each address no other person holds,
	 * taken before the addresses go.
	 */
	@Override
	public int apply(RetentionAction action, List<String> keys) {
		int changed = 0;
		for (String key : keys) {
			PersonId person = PersonId.of(UUID.fromString(key));
			Set<String> hashes = this.addresses.onlyOf(person)
				.stream()
				.map(address -> this.hash.address(PersonErased.ADDRESS_DOMAIN, address))
				.collect(Collectors.toSet());
			int removed = switch (action) {
				case DELETE -> this.store.delete(person);
				case ANONYMISE -> this.store.anonymise(person);
				default -> throw new IllegalArgumentException("Persons cannot be " + action);
			};
			if (removed > 0 && !hashes.isEmpty()) {
				this.events.publishEvent(new PersonErased(person, this.clock.instant(), hashes));
			}
			changed += removed;
		}
		return changed;
	}

}
