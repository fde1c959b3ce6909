package org.tutela.personaldata;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ALL-1: every column of every table is declared in the personal-data catalogue, with its
 * category and purposes. A migration that adds a column without a declaration fails here.
 */
@SpringBootTest
class CatalogueSchemaTests {

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyColumnOfTheSchemaIsDeclared_ALL1() {
		assertThat(this.catalogue.undeclaredColumns()).isEmpty();
	}

	@Test
	void aColumnAddedWithoutADeclarationIsFound_ALL1() {
		this.jdbc.sql("ALTER TABLE people_person ADD COLUMN nickname VARCHAR(50)").update();
		try {
			assertThat(this.catalogue.undeclaredColumns()).containsExactly("people_person.nickname");
		}
		finally {
			this.jdbc.sql("ALTER TABLE people_person DROP COLUMN nickname").update();
		}
		assertThat(this.catalogue.undeclaredColumns()).isEmpty();
	}

	@Test
	void aNewTableWithoutADeclarationIsFound_ALL1() {
		this.jdbc.sql("CREATE TABLE people_note (id UUID PRIMARY KEY, note VARCHAR(500))").update();
		try {
			assertThat(this.catalogue.undeclaredColumns()).containsExactly("people_note.id", "people_note.note");
		}
		finally {
			this.jdbc.sql("DROP TABLE people_note").update();
		}
	}

	@Test
	void requestsAndSweepsEraseCertificatesBeforeRegistrationsAndThePersonRecordLast() {
		List<String> order = this.catalogue.erasureOrder();

		assertThat(order.indexOf("certification")).isLessThan(order.indexOf("enrolment")).isNotNegative();
		assertThat(order).last().isEqualTo("people");
	}

}
