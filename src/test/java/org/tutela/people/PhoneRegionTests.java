package org.tutela.people;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the online academy's pack, whose controller is Dutch and no phone region
 * configured: a number written without its country prefix is read as Dutch. The context
 * is closed afterwards, so its schedulers do not go on working for the other tests with
 * another pack.
 */
@SpringBootTest(properties = "tutela.policy.pack=online-academy")
@DirtiesContext
class PhoneRegionTests {

	@Autowired
	Persons persons;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNumberWithoutPrefixIsReadInThePacksCountry() {
		String email = "daan+" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
		Person daan = Staff.coordinator(
				() -> this.persons.register(new NewPerson("Daan", null, "Bakker", null, "nl", null, Provenance.WEB_FORM,
						List.of(NewContact.business(email)), List.of(NewContact.business("06 12345678")), List.of())));

		assertThat(this.jdbc
			.sql("SELECT contact_value FROM people_contact_point WHERE person_id = :person AND kind = 'PHONE'")
			.param("person", daan.id().value())
			.query(String.class)
			.list()).containsExactly("+31612345678");
	}

}
