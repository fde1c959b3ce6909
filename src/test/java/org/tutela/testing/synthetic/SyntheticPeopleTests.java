package org.tutela.testing.synthetic;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.people.identifier.Bsn;
import org.tutela.people.identifier.EnterpriseNumber;
import org.tutela.people.identifier.NationalNumber;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class SyntheticPeopleTests {

	@Autowired
	ApplicationContext app;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameSeedGivesTheSamePersonsAndAnotherSeedOthers() {
		assertThat(new SyntheticPeople(7).person(12_345)).isEqualTo(new SyntheticPeople(7).person(12_345));
		assertThat(new SyntheticPeople(8).person(12_345).identifier())
			.isNotEqualTo(new SyntheticPeople(7).person(12_345).identifier());
	}

	@Test
	void identifiersAreValidAndNeverRepeat() {
		SyntheticPeople people = new SyntheticPeople(42);
		Set<String> identifiers = new HashSet<>();
		Set<String> emails = new HashSet<>();
		for (long index = 0; index < 50_000; index++) {
			SyntheticPeople.Synthetic person = people.person(index);
			String identifier = person.identifier();
			if (identifier.length() == 9) {
				assertThat(Bsn.parse(identifier).digits()).isEqualTo(identifier);
			}
			else {
				assertThat(NationalNumber.parse(identifier).birthDate()).contains(person.person().birthDate());
			}
			assertThat(identifiers.add(identifier)).as(identifier).isTrue();
			assertThat(emails.add(person.email())).isTrue();
		}
	}

	@Test
	void organisationsHaveValidUniqueEnterpriseNumbersAndLoad() {
		SyntheticOrganisations organisations = new SyntheticOrganisations(3);
		Set<String> numbers = new HashSet<>();
		for (long index = 0; index < 20_000; index++) {
			String number = organisations.organisation(index).enterpriseNumber();
			if (number != null) {
				assertThat(EnterpriseNumber.parse(number).digits()).isEqualTo(number);
				assertThat(numbers.add(number)).isTrue();
			}
		}
		long before = this.jdbc.sql("SELECT COUNT(*) FROM people_organisation").query(Long.class).single();
		new SyntheticLoad(this.app).loadOrganisations(new SyntheticOrganisations(System.nanoTime()), 0, 300);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM people_organisation").query(Long.class).single())
			.isEqualTo(before + 300);
	}

	@Test
	void loadedPersonsPassTheApplicationsChecksAndAreFoundByTheirValues() {
		SyntheticPeople people = new SyntheticPeople(System.nanoTime());
		long[] reported = { 0 };
		new SyntheticLoad(this.app).load(people, 0, 2_500, done -> reported[0] = done);
		assertThat(reported[0]).isEqualTo(2_500);
		String email = people.person(2_499).email();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM people_contact_point WHERE lookup_key = ?")
			.param(email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
