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
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.identity.Role;
import org.tutela.identity.account.Accounts;
import org.tutela.identity.login.SignIn;
import org.tutela.personaldata.PersonId;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.register.ProcessingRefused;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Autowired
	Disclosures disclosures;

	@Autowired
	Accounts stored;

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

	@Test
	void aDisclosureMadeThroughAStaffMembersActionNamesThatMemberWithTheRegistersChecks_ALL3() {
		TestAccount physician = this.accounts.fresh(Role.PHYSICIAN);
		SecurityContextHolder.getContext()
			.setAuthentication(SignIn.of(this.stored.findByUsername(physician.username()).orElseThrow(), true));

		Disclosure recorded = this.disclosures.recordOnBehalf(new NewDisclosure("certification",
				"Flemish Department of Environment", List.of("identity"), List.of(this.anna), "REPORT-17"));

		assertThat(this.jdbc.sql("SELECT disclosed_by FROM disclosure WHERE id = ?")
			.param(recorded.id())
			.query(String.class)
			.single()).isEqualTo(physician.username());
		assertThat(this.jdbc.sql(
				"SELECT actor FROM audit_entry WHERE subject = ? AND action = 'DISCLOSE' AND purpose = 'certification'")
			.param(this.keyedHash.hash("audit.person", this.anna.toString()))
			.query(String.class)
			.list()).containsExactly(physician.username());
		assertThatThrownBy(() -> this.disclosures.recordOnBehalf(
				new NewDisclosure("certification", "A data broker", List.of("identity"), List.of(this.bart), null)))
			.as("a recipient the register does not name")
			.isInstanceOf(RecipientNotInRegister.class);
		this.catalogue.restrict(this.bart, true);
		assertThatThrownBy(() -> this.disclosures.recordOnBehalf(new NewDisclosure("certification",
				"Flemish Department of Environment", List.of("identity"), List.of(this.bart), null)))
			.as("a restricted person, refused by the purpose guard")
			.isInstanceOf(ProcessingRefused.class);
		assertThat(disclosuresAbout(this.bart)).isZero();
		SecurityContextHolder.clearContext();
		assertThatThrownBy(() -> this.disclosures.recordOnBehalf(new NewDisclosure("certification",
				"Flemish Department of Environment", List.of("identity"), List.of(this.anna), null)))
			.as("nobody signed in")
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		assertThat(disclosuresAbout(this.anna)).isEqualTo(1);
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
