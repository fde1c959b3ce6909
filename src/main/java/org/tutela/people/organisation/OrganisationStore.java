package org.tutela.people.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.people.Address;
import org.tutela.people.ClientNumberTaken;
import org.tutela.people.CompanyType;
import org.tutela.people.ContactRole;
import org.tutela.people.MembershipStatus;
import org.tutela.people.Organisation;
import org.tutela.people.OrganisationContact;
import org.tutela.people.Page;
import org.tutela.people.person.SearchName;
import org.tutela.personaldata.PersonId;

@Repository
public class OrganisationStore {

	private final JdbcClient jdbc;

	OrganisationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, CheckedOrganisation organisation, Instant now) {
		write("""
				INSERT INTO people_organisation (id, name, search_name, enterprise_number, vat_number, client_number,
				  company_type, registered_street, registered_postcode, registered_city, registered_country,
				  invoice_street, invoice_postcode, invoice_city, invoice_country, membership_status, member_since,
				  member_until, contract_start, contract_end, created_at)
				VALUES (:id, :name, :search, :enterprise, :vat, :client, :type, :rStreet, :rPostcode, :rCity, :rCountry,
				  :iStreet, :iPostcode, :iCity, :iCountry, :membership, :since, :until, :start, :end, :now)""", id,
				organisation, Map.of("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
	}

	/** Writes every field of the organisation as checked; its contacts stay. */
	public void update(UUID id, CheckedOrganisation organisation) {
		write("""
				UPDATE people_organisation SET name = :name, search_name = :search, enterprise_number = :enterprise,
				  vat_number = :vat, client_number = :client, company_type = :type, registered_street = :rStreet,
				  registered_postcode = :rPostcode, registered_city = :rCity, registered_country = :rCountry,
				  invoice_street = :iStreet, invoice_postcode = :iPostcode, invoice_city = :iCity,
				  invoice_country = :iCountry, membership_status = :membership, member_since = :since,
				  member_until = :until, contract_start = :start, contract_end = :end
				WHERE id = :id""", id, organisation, Map.of());
	}

	private void write(String sql, UUID id, CheckedOrganisation organisation, Map<String, Object> more) {
		try {
			this.jdbc.sql(sql)
				.param("id", id)
				.param("name", organisation.name())
				.param("search", SearchName.of(organisation.name()))
				.param("enterprise",
						organisation.enterpriseNumber() == null ? null : organisation.enterpriseNumber().digits())
				.param("vat", organisation.enterpriseNumber() == null ? null : organisation.enterpriseNumber().vat())
				.param("client", organisation.clientNumber())
				.param("type", organisation.companyType() == null ? null : organisation.companyType().name())
				.param("rStreet", organisation.registeredAddress().street())
				.param("rPostcode", organisation.registeredAddress().postcode())
				.param("rCity", organisation.registeredAddress().city())
				.param("rCountry", organisation.registeredAddress().country())
				.param("iStreet", organisation.invoiceAddress().street())
				.param("iPostcode", organisation.invoiceAddress().postcode())
				.param("iCity", organisation.invoiceAddress().city())
				.param("iCountry", organisation.invoiceAddress().country())
				.param("membership", organisation.membershipStatus().name())
				.param("since", organisation.memberSince())
				.param("until", organisation.memberUntil())
				.param("start", organisation.contractStart())
				.param("end", organisation.contractEnd())
				.params(more)
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new ClientNumberTaken(String.valueOf(organisation.clientNumber()));
		}
	}

	public Optional<Organisation> find(UUID id) {
		return find(id, true);
	}

	public Optional<Organisation> withoutContacts(UUID id) {
		return find(id, false);
	}

	private Optional<Organisation> find(UUID id, boolean withContacts) {
		return this.jdbc.sql("SELECT * FROM people_organisation WHERE id = :id")
			.param("id", id)
			.query((row, n) -> organisation(row, withContacts ? contacts(id) : List.of()))
			.optional();
	}

	public Optional<String> name(UUID id) {
		return this.jdbc.sql("SELECT name FROM people_organisation WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** The organisations the person is a contact of in the given role, by name. */
	public List<Organisation> withContact(PersonId person, ContactRole role) {
		return this.jdbc.sql("""
				SELECT o.* FROM people_organisation o JOIN people_organisation_contact c ON c.organisation_id = o.id
				WHERE c.person_id = :person AND c.contact_role = :role ORDER BY o.search_name, o.id""")
			.param("person", person.value())
			.param("role", role.name())
			.query((row, n) -> organisation(row, List.of()))
			.list();
	}

	public Optional<UUID> idByEnterpriseNumber(String digits) {
		return this.jdbc
			.sql("SELECT id FROM people_organisation WHERE enterprise_number = :number ORDER BY created_at LIMIT 1")
			.param("number", digits)
			.query(UUID.class)
			.optional();
	}

	public Optional<UUID> idByName(String name) {
		return this.jdbc.sql("SELECT id FROM people_organisation WHERE search_name = :name ORDER BY created_at LIMIT 1")
			.param("name", SearchName.of(name))
			.query(UUID.class)
			.optional();
	}

	/**
	 * Organisations with a running client contract, and members, on the given day; by
	 * name.
	 */
	public List<Organisation> current(LocalDate on) {
		return this.jdbc
			.sql("""
					SELECT * FROM people_organisation
					WHERE (contract_start <= :on AND (contract_end IS NULL OR contract_end >= :on)) OR membership_status = 'MEMBER'
					ORDER BY search_name, id""")
			.param("on", on)
			.query((row, n) -> organisation(row, List.of()))
			.list();
	}

	/**
	 * Organisations that were members on some day from the first to the last, by name: a
	 * member since an unknown day counts while it is one.
	 */
	public List<Organisation> membersBetween(LocalDate first, LocalDate last) {
		return this.jdbc.sql("""
				SELECT * FROM people_organisation
				WHERE membership_status <> 'NONE' AND (member_until IS NULL OR member_until >= :first)
				  AND (member_since <= :last OR (member_since IS NULL AND membership_status = 'MEMBER'))
				ORDER BY search_name, id""")
			.param("first", first)
			.param("last", last)
			.query((row, n) -> organisation(row, List.of()))
			.list();
	}

	/** Clients, not members, whose contract ended before the day; by end and name. */
	public List<Organisation> contractsEndedBefore(LocalDate day) {
		return this.jdbc.sql("""
				SELECT * FROM people_organisation WHERE contract_end < :day AND membership_status <> 'MEMBER'
				ORDER BY contract_end, search_name, id""")
			.param("day", day)
			.query((row, n) -> organisation(row, List.of()))
			.list();
	}

	/**
	 * Makes the member a former member whose membership ended after the day; whether it
	 * was a member.
	 */
	public boolean membershipEnded(UUID id, LocalDate lastDay) {
		return this.jdbc.sql("""
				UPDATE people_organisation SET membership_status = 'FORMER_MEMBER', member_until = :until
				WHERE id = :id AND membership_status = 'MEMBER'""")
			.param("until", lastDay)
			.param("id", id)
			.update() > 0;
	}

	/** The persons holding a contact role at the organisation. */
	public List<PersonId> contactPersons(UUID organisation) {
		return this.jdbc.sql(
				"SELECT DISTINCT person_id FROM people_organisation_contact WHERE organisation_id = :id ORDER BY person_id")
			.param("id", organisation)
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::of)
			.toList();
	}

	/** Removes the person's contact roles at the organisation; how many. */
	public int removeContact(UUID organisation, PersonId person) {
		return this.jdbc
			.sql("DELETE FROM people_organisation_contact WHERE organisation_id = :id AND person_id = :person")
			.param("id", organisation)
			.param("person", person.value())
			.update();
	}

	/**
	 * Removes one of the person's contact roles at the organisation; whether it was
	 * there.
	 */
	public boolean removeContact(UUID organisation, PersonId person, ContactRole role) {
		return this.jdbc.sql("""
				DELETE FROM people_organisation_contact
				WHERE organisation_id = :id AND person_id = :person AND contact_role = :role""")
			.param("id", organisation)
			.param("person", person.value())
			.param("role", role.name())
			.update() > 0;
	}

	public Page<Organisation> search(String name, int page, int size) {
		List<Organisation> found = this.jdbc
			.sql("SELECT * FROM people_organisation WHERE search_name LIKE :name ORDER BY search_name, id "
					+ "LIMIT :limit OFFSET :offset")
			.param("name", "%" + SearchName.of(name) + "%")
			.param("limit", size + 1)
			.param("offset", (long) page * size)
			.query((row, n) -> organisation(row, List.of()))
			.list();
		boolean more = found.size() > size;
		return new Page<>(more ? found.subList(0, size) : found, page, size, more);
	}

	public boolean addContact(UUID organisation, PersonId person, ContactRole role) {
		return this.jdbc.sql("""
				INSERT INTO people_organisation_contact (organisation_id, person_id, contact_role)
				SELECT :organisation, :person, :role WHERE NOT EXISTS (SELECT 1 FROM people_organisation_contact
				  WHERE organisation_id = :organisation AND person_id = :person AND contact_role = :role)""")
			.param("organisation", organisation)
			.param("person", person.value())
			.param("role", role.name())
			.update() > 0;
	}

	private List<OrganisationContact> contacts(UUID organisation) {
		return this.jdbc.sql("""
				SELECT p.id, p.first_name, p.last_name, c.contact_role FROM people_organisation_contact c
				JOIN people_person p ON p.id = c.person_id WHERE c.organisation_id = :organisation
				ORDER BY p.search_name, c.contact_role""")
			.param("organisation", organisation)
			.query((row, n) -> new OrganisationContact(PersonId.of(row.getObject("id", UUID.class)),
					row.getString("first_name") + " " + row.getString("last_name"),
					ContactRole.valueOf(row.getString("contact_role"))))
			.list();
	}

	private static Organisation organisation(ResultSet row, List<OrganisationContact> contacts) throws SQLException {
		String type = row.getString("company_type");
		return new Organisation(row.getObject("id", UUID.class), row.getString("name"),
				row.getString("enterprise_number"), row.getString("vat_number"), row.getString("client_number"),
				type == null ? null : CompanyType.valueOf(type), address(row, "registered_"), address(row, "invoice_"),
				MembershipStatus.valueOf(row.getString("membership_status")),
				row.getObject("member_since", LocalDate.class), row.getObject("member_until", LocalDate.class),
				row.getObject("contract_start", LocalDate.class), row.getObject("contract_end", LocalDate.class),
				contacts);
	}

	private static Address address(ResultSet row, String prefix) throws SQLException {
		return new Address(row.getString(prefix + "street"), row.getString(prefix + "postcode"),
				row.getString(prefix + "city"), row.getString(prefix + "country"));
	}

}
