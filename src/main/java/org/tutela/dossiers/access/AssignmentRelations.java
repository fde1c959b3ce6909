package org.tutela.dossiers.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.identity.AccountId;
import org.tutela.identity.PersonRelations;
import org.tutela.personaldata.PersonId;

/**
 * A physician has need to know of the workers whose controls are assigned to them; the
 * head of a department, of the workers of its controls and of those still waiting for a
 * physician (MEN-11).
 */
@Component
class AssignmentRelations implements PersonRelations {

	private final JdbcClient jdbc;

	AssignmentRelations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean relates(AccountId staff, PersonId person) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_control c
				WHERE c.worker_id = :person AND (c.physician_id = :account
					OR c.department_id IN (SELECT department_id FROM dossiers_department_member
						WHERE account_id = :account AND head)
					OR (c.status = 'ORDERED' AND EXISTS (SELECT 1 FROM dossiers_department_member
						WHERE account_id = :account AND head)))""")
			.param("account", staff.value())
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

}
