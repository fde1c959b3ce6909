package org.tutela.dossiers.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.identity.AccountId;

/** The departments and who belongs to them. */
@Repository
public class DepartmentStore {

	private final JdbcClient jdbc;

	DepartmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String name, Instant at) {
		this.jdbc.sql("INSERT INTO dossiers_department (id, name, created_at) VALUES (:id, :name, :at)")
			.param("id", id)
			.param("name", name)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	public boolean nameTaken(String name) {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossiers_department WHERE LOWER(name) = LOWER(:name)")
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

	public Optional<String> name(UUID id) {
		return this.jdbc.sql("SELECT name FROM dossiers_department WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** Every department by name, with its members' accounts and whether each heads it. */
	public Map<UUID, String> all() {
		Map<UUID, String> departments = new LinkedHashMap<>();
		this.jdbc.sql("SELECT id, name FROM dossiers_department ORDER BY name")
			.query((row, number) -> departments.put(row.getObject("id", UUID.class), row.getString("name")))
			.list();
		return departments;
	}

	public List<Membership> members(UUID department) {
		return this.jdbc
			.sql("SELECT account_id, head FROM dossiers_department_member WHERE department_id = :department")
			.param("department", department)
			.query((row, number) -> new Membership(department, new AccountId(row.getObject("account_id", UUID.class)),
					row.getBoolean("head")))
			.list();
	}

	/**
	 * The memberships of the departments this account heads: whom it can assign controls
	 * to.
	 */
	public List<Membership> headedBy(AccountId head) {
		return this.jdbc.sql("""
				SELECT m.department_id, m.account_id, m.head FROM dossiers_department_member m
				WHERE m.department_id IN (SELECT department_id FROM dossiers_department_member
					WHERE account_id = :head AND head)""")
			.param("head", head.value())
			.query((row, number) -> new Membership(row.getObject("department_id", UUID.class),
					new AccountId(row.getObject("account_id", UUID.class)), row.getBoolean("head")))
			.list();
	}

	public boolean headsAny(AccountId account) {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossiers_department_member WHERE account_id = :account AND head")
			.param("account", account.value())
			.query(Integer.class)
			.single() > 0;
	}

	public boolean heads(AccountId account, UUID department) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_department_member
				WHERE department_id = :department AND account_id = :account AND head""")
			.param("department", department)
			.param("account", account.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** Adds the member, or changes whether they head the department. */
	public void put(UUID department, AccountId account, boolean head) {
		remove(department, account);
		this.jdbc.sql("""
				INSERT INTO dossiers_department_member (department_id, account_id, head)
				VALUES (:department, :account, :head)""")
			.param("department", department)
			.param("account", account.value())
			.param("head", head)
			.update();
	}

	public int remove(UUID department, AccountId account) {
		return this.jdbc
			.sql("DELETE FROM dossiers_department_member WHERE department_id = :department AND account_id = :account")
			.param("department", department)
			.param("account", account.value())
			.update();
	}

	/** A physician's place in a department. */
	public record Membership(UUID department, AccountId account, boolean head) {

	}

}
