package org.tutela.people.privacy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.RetentionAction;
import org.tutela.people.person.PersonStore;

/**
 * The people module's part of the catalogue: persons, their contact points, identifiers
 * and organisation roles, and the organisations themselves. It goes last in merges and
 * erasures, because every other module's rows point at its persons.
 */
@Component
class PeoplePersonalData implements PersonalDataProvider {

	static final String ADMINISTRATION = "person-administration";

	static final String CERTIFICATION = "certification";

	static final String CLIENTS = "client-administration";

	static final DeclaredTable PERSON = DeclaredTable.about(DataSubject.PERSON, "people_person", "id")
		.plain("id", "restricted", "created_at")
		.column("first_name", DataCategory.IDENTITY, ADMINISTRATION)
		.column("second_name", DataCategory.IDENTITY, ADMINISTRATION)
		.column("last_name", DataCategory.IDENTITY, ADMINISTRATION)
		.column("search_name", DataCategory.IDENTITY, ADMINISTRATION)
		.column("birth_date", DataCategory.DEMOGRAPHIC, ADMINISTRATION, CERTIFICATION)
		.column("language", DataCategory.DEMOGRAPHIC, ADMINISTRATION)
		.column("job_function", DataCategory.PROFESSIONAL, ADMINISTRATION)
		.column("provenance", DataCategory.PROVENANCE, ADMINISTRATION)
		.column("last_contact_at", DataCategory.PROVENANCE, ADMINISTRATION)
		.column("last_activity_at", DataCategory.PROVENANCE, ADMINISTRATION)
		.build();

	static final DeclaredTable CONTACT_POINT = DeclaredTable
		.about(DataSubject.PERSON, "people_contact_point", "person_id")
		.plain("id", "person_id", "kind", "usage")
		.column("contact_value", DataCategory.CONTACT, ADMINISTRATION)
		.column("lookup_key", DataCategory.CONTACT, ADMINISTRATION)
		.column("private_consent_at", DataCategory.PROVENANCE, ADMINISTRATION)
		.build();

	static final DeclaredTable IDENTIFIER = DeclaredTable.about(DataSubject.PERSON, "people_identifier", "person_id")
		.plain("id", "person_id", "kind")
		.column("value_cipher", DataCategory.IDENTIFIER, CERTIFICATION)
		.column("blind_index", DataCategory.IDENTIFIER, CERTIFICATION)
		.column("masked", DataCategory.IDENTIFIER, CERTIFICATION)
		.build();

	static final DeclaredTable ORGANISATION_ROLE = DeclaredTable
		.about(DataSubject.PERSON, "people_organisation_contact", "person_id")
		.plain("person_id")
		.column("organisation_id", DataCategory.PROFESSIONAL, CLIENTS)
		.column("contact_role", DataCategory.PROFESSIONAL, CLIENTS)
		.build();

	static final DeclaredTable ORGANISATION = DeclaredTable.about(DataSubject.ORGANISATION, "people_organisation", "id")
		.plain("id", "search_name", "membership_status", "member_since", "member_until", "contract_start",
				"contract_end", "created_at", "company_type", "client_number")
		.column("name", DataCategory.COMPANY, CLIENTS)
		.column("enterprise_number", DataCategory.COMPANY, CLIENTS)
		.column("vat_number", DataCategory.COMPANY, CLIENTS)
		.column("registered_street", DataCategory.COMPANY, CLIENTS)
		.column("registered_postcode", DataCategory.COMPANY, CLIENTS)
		.column("registered_city", DataCategory.COMPANY, CLIENTS)
		.column("registered_country", DataCategory.COMPANY, CLIENTS)
		.column("invoice_street", DataCategory.COMPANY, CLIENTS)
		.column("invoice_postcode", DataCategory.COMPANY, CLIENTS)
		.column("invoice_city", DataCategory.COMPANY, CLIENTS)
		.column("invoice_country", DataCategory.COMPANY, CLIENTS)
		.build();

	/**
	 * A file waiting to be imported holds the persons in it until it is imported,
	 * discarded or expires.
	 */
	static final DeclaredTable IMPORT = DeclaredTable.about(DataSubject.PERSON, "people_import", null)
		.plain("id", "file_name", "provenance", "status", "total_rows", "processed_rows", "valid_rows", "imported_rows",
				"created_at", "finished_at")
		.column("content", DataCategory.IDENTITY, ADMINISTRATION)
		.column("started_by", DataCategory.ACCOUNT, "accountability")
		.build();

	static final DeclaredTable IMPORT_ERROR = DeclaredTable.withoutPersonalData("people_import_error")
		.plain("import_id", "line", "column_name", "code")
		.build();

	/**
	 * Left of a person erased at their request: a keyed hash of an address, or the name
	 * with a note (VCK-12).
	 */
	static final DeclaredTable ERASURE_MARK = DeclaredTable.about(DataSubject.PERSON, "people_erasure_mark", null)
		.plain("id", "erased_on")
		.column("email_hash", DataCategory.PSEUDONYM, "suppression")
		.column("first_name", DataCategory.IDENTITY, "suppression")
		.column("last_name", DataCategory.IDENTITY, "suppression")
		.column("search_name", DataCategory.IDENTITY, "suppression")
		.column("note", DataCategory.PROVENANCE, "suppression")
		.build();

	private final PersonStore store;

	private final ExpiringPersons persons;

	PeoplePersonalData(PersonStore store, ExpiringPersons persons) {
		this.store = store;
		this.persons = persons;
	}

	@Override
	public String module() {
		return "people";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(PERSON, CONTACT_POINT, IDENTIFIER, ORGANISATION_ROLE, ORGANISATION, IMPORT, IMPORT_ERROR,
				ERASURE_MARK);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		List<PersonalRecord> records = new ArrayList<>();
		this.store.personRows(person).forEach(row -> records.add(PERSON.record(null, row)));
		this.store.contactRows(person)
			.forEach(row -> records.add(CONTACT_POINT.record(row.get("kind") + " " + row.get("usage"), row)));
		this.store.identifierValues(person).forEach(row -> records.add(IDENTIFIER.record(row.get("kind"), row)));
		this.store.organisationRoleRows(person).forEach(row -> records.add(ORGANISATION_ROLE.record(null, row)));
		return records;
	}

	/**
	 * The same deletion or anonymisation as the person's retention rule, which also tells
	 * the modules that keep copies of the person elsewhere.
	 */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.persons.apply(mode == ErasureMode.DELETE ? RetentionAction.DELETE : RetentionAction.ANONYMISE,
				List.of(person.toString()));
	}

	/**
	 * The last contact, or when the person was first recorded where there was none since.
	 */
	@Override
	public Map<Anchor, LocalDate> anchors(PersonId person) {
		return this.store.find(person).map(found -> {
			Map<Anchor, LocalDate> anchors = new HashMap<>();
			LocalDate collected = LocalDate.ofInstant(found.createdAt(), ZoneOffset.UTC);
			anchors.put(Anchor.COLLECTION, collected);
			anchors.put(Anchor.LAST_CONTACT, found.lastContactAt() == null ? collected
					: LocalDate.ofInstant(found.lastContactAt(), ZoneOffset.UTC));
			return anchors;
		}).orElse(Map.of());
	}

	@Override
	public void restrict(PersonId person, boolean restricted) {
		this.store.restrict(person, restricted);
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.store.merge(from, into);
	}

}
