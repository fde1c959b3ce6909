package org.tutela.dossiers.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.identity.AccountId;
import org.tutela.identity.PersonRelations;
import org.tutela.personaldata.PersonId;

/**
 * An occupational physician has need to know of the workers whose health files are given
 * to them; the head of a department, of the workers of its files (MEN-11).
 */
@Component
class HealthFileRelations implements PersonRelations {

	private final JdbcClient jdbc;

	HealthFileRelations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean relates(AccountId staff, PersonId person) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_health_file f
				WHERE f.worker_id = :person AND (f.physician_id = :account
					OR f.department_id IN (SELECT department_id FROM dossiers_department_member
						WHERE account_id = :account AND head))""")
			.param("account", staff.value())
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

}
