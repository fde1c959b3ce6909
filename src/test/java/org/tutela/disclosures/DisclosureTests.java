package org.tutela.disclosures;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonId;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disclosure log: what goes out, to whom and on which ground, recorded only as the
 * register allows it.
 */
@HttpTest
class DisclosureTests {

	@LocalServerPort
	int port;

	@Autowired
	Http http;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Persons persons;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	private PersonId anna;

	private PersonId bart;

	@BeforeEach
	void twoParticipants() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.manage", "backoffice"));
		this.anna = person("Anna");
		this.bart = person("Bart");
		SecurityContextHolder.clearContext();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aDisclosureToARegisteredAuthorityIsRecordedWithItsBasisAndAuditedPerPerson_MEZ4() {
		HttpResponse<String> response = disclose("""
				{"activity": "certification", "recipient": "flemish department of environment",
				 "categories": ["identity", "identifier"], "persons": ["%s", "%s"], "reference": "ATT-2026-114"}"""
			.formatted(this.anna, this.bart));

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("\"recipient\":\"Flemish Department of Environment\"",
				"\"recipientType\":\"AUTHORITY\"", "\"basis\":\"LEGAL_OBLIGATION\"",
				"\"disclosedBy\":\"" + this.accounts.of(Role.COORDINATOR).username() + "\"");
		for (PersonId person : List.of(this.anna, this.bart)) {
			assertThat(this.jdbc.sql("SELECT purpose FROM audit_entry WHERE subject = ? AND action = 'DISCLOSE'")
				.param(this.keyedHash.hash("audit.person", person.toString()))
				.query(String.class)
				.list()).containsExactly("certification");
		}
		List<PersonalRecord> held = this.catalogue.export(this.anna).get("disclosures");
		assertThat(held).singleElement().satisfies(record -> {
			assertThat(record.fields()).containsEntry("recipient", "Flemish Department of Environment")
				.containsEntry("categories", "IDENTITY,IDENTIFIER")
				.containsEntry("reference", "ATT-2026-114");
		});
	}

	@Test
	void aRecipientTheRegisterDoesNotNameIsRefusedAndNothingIsStored() {
		HttpResponse<String> response = disclose(
				"""
						{"activity": "certification", "recipient": "A data broker", "categories": ["identity"], "persons": ["%s"]}"""
					.formatted(this.anna));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("recipient-not-in-register", "A data broker");
		assertThat(disclosuresAbout(this.anna)).isZero();
	}

	@Test
	void dataTheActivityDoesNotProcessAndUnknownPersonsAreRefusedFieldByField() {
		HttpResponse<String> response = disclose("""
				{"activity": "certification", "recipient": "Flemish Department of Environment",
				 "categories": ["identity", "financial"], "persons": ["%s", "%s"]}""".formatted(this.anna,
				UUID.randomUUID()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"categories[1]\"", "\"persons[1]\"").doesNotContain("\"categories[0]\"");
		assertThat(disclosuresAbout(this.anna)).isZero();
	}

	@Test
	void aRestrictedPersonsDataDoesNotGoOutAndTheOthersAreNotDisclosedEither_ALL3() {
		this.catalogue.restrict(this.bart, true);

		HttpResponse<String> response = disclose("""
				{"activity": "billing", "recipient": "Lawyer or bailiff", "categories": ["identity", "financial"],
				 "persons": ["%s", "%s"]}""".formatted(this.anna, this.bart));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("processing-refused-restricted");
		assertThat(disclosuresAbout(this.anna)).isZero();
		assertThat(disclosuresAbout(this.bart)).isZero();
	}

	@Test
	void theDpoReadsTheLogAndEverythingGivenOutAboutOnePerson() {
		assertThat(disclose(
				"""
						{"activity": "billing", "recipient": "Lawyer or bailiff", "categories": ["financial"], "persons": ["%s"]}"""
					.formatted(this.bart))
			.statusCode()).isEqualTo(201);
		Browser dpo = new Browser(this.port);
		dpo.signIn(this.accounts.of(Role.DPO));

		HttpResponse<String> page = dpo.get("/admin/disclosures?person=" + this.bart + "&lang=en");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Lawyer or bailiff (Collection agent)", "invoices and payments",
				"/admin/people/" + this.bart);
	}

	private HttpResponse<String> disclose(String json) {
		return this.http.postJson("/api/v1/disclosures", json, "Authorization",
				this.accounts.of(Role.COORDINATOR).basic(), "Accept-Language", "en");
	}

	private long disclosuresAbout(PersonId person) {
		return this.jdbc.sql("SELECT COUNT(*) FROM disclosure_person WHERE person_id = ?")
			.param(person.value())
			.query(Long.class)
			.single();
	}

	private PersonId person(String first) {
		return this.persons
			.register(new NewPerson(first, null, "Claes", null, "nl", null, Provenance.WEB_FORM, List.of(), List.of(),
					List.of()))
			.id();
	}

}
