package org.tutela.outreach.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.ListCodeTaken;
import org.tutela.outreach.MailingList;

@Repository
public class ListStore {

	private final JdbcClient jdbc;

	ListStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MailingList list, Instant now) {
		try {
			this.jdbc.sql("""
					INSERT INTO outreach_list (id, code, name, activity, category, created_at)
					VALUES (:id, :code, :name, :activity, :category, :at)""")
				.param("id", list.id())
				.param("code", list.code())
				.param("name", list.name())
				.param("activity", list.activity())
				.param("category", list.category().name())
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException taken) {
			throw new ListCodeTaken(list.code());
		}
	}

	public Optional<MailingList> byCode(String code) {
		return this.jdbc.sql("SELECT * FROM outreach_list WHERE code = :code")
			.param("code", code)
			.query(ListStore::list)
			.optional();
	}

	public Optional<MailingList> byId(UUID id) {
		return this.jdbc.sql("SELECT * FROM outreach_list WHERE id = :id")
			.param("id", id)
			.query(ListStore::list)
			.optional();
	}

	/**
	 * The marketing lists serving the activity: every one rests on a consent given for
	 * the activity itself.
	 */
	public List<MailingList> marketingServing(String activity) {
		return this.jdbc
			.sql("SELECT * FROM outreach_list WHERE activity = :activity AND category = 'MARKETING' ORDER BY code")
			.param("activity", activity)
			.query(ListStore::list)
			.list();
	}

	/**
	 * The lists of information the law or a contract requires, serving the activity:
	 * those a member keeps receiving after leaving a newsletter (CES-2).
	 */
	public List<MailingList> legalServing(String activity) {
		return this.jdbc
			.sql("SELECT * FROM outreach_list WHERE activity = :activity AND category = 'LEGAL' ORDER BY code")
			.param("activity", activity)
			.query(ListStore::list)
			.list();
	}

	public List<MailingList> all() {
		return this.jdbc.sql("SELECT * FROM outreach_list ORDER BY name, code").query(ListStore::list).list();
	}

	private static MailingList list(ResultSet row, int n) throws SQLException {
		return new MailingList(row.getObject("id", UUID.class), row.getString("code"), row.getString("name"),
				row.getString("activity"), ListCategory.valueOf(row.getString("category")));
	}

}
