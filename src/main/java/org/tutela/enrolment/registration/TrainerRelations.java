package org.tutela.enrolment.registration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.identity.AccountId;
import org.tutela.identity.PersonRelations;
import org.tutela.personaldata.PersonId;

/**
 * A trainer has need to know of the participants of the sessions they teach, nobody else
 * (MEN-11).
 */
@Component
class TrainerRelations implements PersonRelations {

	private final JdbcClient jdbc;

	TrainerRelations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean relates(AccountId staff, PersonId person) {
		return this.jdbc
			.sql("""
					SELECT COUNT(*) FROM enrolment_registration r JOIN catalog_session_trainer t ON t.session_id = r.session_id
					WHERE t.account_id = :account AND r.participant_id = :person AND r.status <> 'CANCELLED'""")
			.param("account", staff.value())
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

}
