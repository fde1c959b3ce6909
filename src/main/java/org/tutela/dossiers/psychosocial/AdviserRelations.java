package org.tutela.dossiers.psychosocial;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.identity.AccountId;
import org.tutela.identity.PersonRelations;
import org.tutela.personaldata.PersonId;

/**
 * A psychosocial prevention adviser has need to know of the applicants whose cases they
 * handle, and of no one else (MEN-11).
 */
@Component
class AdviserRelations implements PersonRelations {

	private final JdbcClient jdbc;

	AdviserRelations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean relates(AccountId staff, PersonId person) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_psychosocial_case
				WHERE applicant_id = :person AND adviser_id = :account""")
			.param("account", staff.value())
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

}
