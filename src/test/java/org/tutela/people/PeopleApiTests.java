package org.tutela.people;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persons over the API, as a coordinator and as roles with less need to know:
 * registration with every rule checked (MEZ-1, VCK-1, CER-14), search, the privacy view
 * from the catalogue, duplicates and merging through every module.
 */
@HttpTest
class PeopleApiTests {

	@Autowired
	Http http;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Test
	void aRegisteredPersonKeepsIdentifiersEncryptedAndShowsThemMasked_CER14() {
		String email = unique("an.peeters");
		JsonNode person = register(person("An", "Peeters", "1985-07-30", email, "85.07.30-033.28"));
		UUID id = UUID.fromString(person.get("id").asString());
		assertThat(person.get("identifiers").get(0).get("masked").asString()).isEqualTo("**.**.**-***.28");
		assertThat(person.get("emails").get(0).get("value").asString()).isEqualTo(email);
		String stored = this.jdbc.sql("SELECT value_cipher FROM people_identifier WHERE person_id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("85073003328").doesNotContain("033");
		JsonNode found = ok(
				this.http.get("/api/v1/people?identifier=" + encode("85073003328"), "Authorization", Http.STAFF));
		assertThat(ids(found)).contains(id);
	}

	@Test
	void everyBrokenRuleIsNamedWithItsField() {
		HttpResponse<String> refused = this.http.postJson("/api/v1/people",
				"""
						{"firstName": "", "lastName": "Peeters", "birthDate": "1985-07-30", "language": "xx",
						 "provenance": "WEB_FORM",
						 "emails": [{"value": "an.peeters@", "usage": "BUSINESS"},
						            {"value": "an@home.example.be", "usage": "PRIVATE", "privateConsent": false}],
						 "phones": [{"value": "+32 1234", "usage": "BUSINESS"}],
						 "identifiers": [{"kind": "NATIONAL_NUMBER", "value": "85073003329"}, {"kind": "BSN", "value": "111252333"}]}""",
				"Authorization", Http.STAFF, "Accept-Language", "en");
		assertThat(refused.statusCode()).isEqualTo(400);
		JsonNode problem = this.json.readTree(refused.body());
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("firstName", "language", "emails[0].value",
				"emails[1].privateConsent", "phones[0].value", "identifiers[0].value", "identifiers[1].value");
		assertThat(problem.get("errors").toString()).contains("check digits")
			.contains("eleven test")
			.contains("explicit consent");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM people_person WHERE last_name = 'Peeters' AND language = 'xx'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPrivateAddressIsKeptOnlyWithExplicitConsent_VCK1() {
		String email = unique("home");
		JsonNode person = register("""
				{"firstName": "Bart", "lastName": "Claes", "language": "nl", "provenance": "EMPLOYER",
				 "emails": [{"value": "%s", "usage": "PRIVATE", "privateConsent": true}]}""".formatted(email));
		UUID id = UUID.fromString(person.get("id").asString());
		assertThat(this.jdbc.sql("SELECT private_consent_at FROM people_contact_point WHERE person_id = ?")
			.param(id)
			.query(Object.class)
			.single()).isNotNull();
	}

	@Test
	void searchFindsByNameWithoutAccentsByEmailAndByOrganisation() {
		String email = unique("sofie.dupre");
		JsonNode person = register(person("Sofie", "Dupré", "1990-03-14", email, null));
		UUID id = UUID.fromString(person.get("id").asString());
		JsonNode organisation = ok(this.http.postJson("/api/v1/organisations",
				"""
						{"name": "Bouwbedrijf %s", "enterpriseNumber": "BE 0403.019.261", "companyType": "B",
						 "registeredAddress": {"street": "Kerkstraat 1", "postcode": "9000", "city": "Gent", "country": "be"}}"""
					.formatted(id),
				"Authorization", Http.STAFF));
		assertThat(organisation.get("vatNumber").asString()).isEqualTo("BE0403019261");
		ok(this.http.postJson("/api/v1/organisations/" + organisation.get("id").asString() + "/contacts",
				"{\"person\": \"" + id + "\", \"role\": \"HR\"}", "Authorization", Http.STAFF));
		assertThat(ids(ok(this.http.get("/api/v1/people?name=sofie+dupre", "Authorization", Http.STAFF)))).contains(id);
		assertThat(ids(
				ok(this.http.get("/api/v1/people?email=" + encode(email.toUpperCase()), "Authorization", Http.STAFF))))
			.containsExactly(id);
		assertThat(ids(ok(this.http.get("/api/v1/people?organisation=" + encode("bouwbedrijf " + id), "Authorization",
				Http.STAFF))))
			.containsExactly(id);
	}

	@Test
	void readingAPersonIsAuditedUnderTheirPseudonym_ALL2() {
		UUID id = UUID.fromString(register(person("Ilse", "Maes", null, unique("ilse"), null)).get("id").asString());
		ok(this.http.get("/api/v1/people/" + id, "Authorization", Http.STAFF));
		String pseudonym = this.keyedHash.hash("audit.person", id.toString());
		assertThat(this.jdbc.sql("SELECT actor FROM audit_entry WHERE subject = ? AND action = 'READ'")
			.param(pseudonym)
			.query(String.class)
			.list()).contains("staff");
	}

	@Test
	void aTrainerCannotOpenAPersonOutsideTheirSessions_MEN11() {
		UUID id = UUID.fromString(register(person("Tom", "Wouters", null, unique("tom"), null)).get("id").asString());
		String trainer = this.accounts.of(Role.TRAINER).basic();
		assertThat(this.http.get("/api/v1/people/" + id, "Authorization", trainer).statusCode()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/people/" + id + "/held", "Authorization", trainer).statusCode())
			.isEqualTo(403);
		assertThat(this.http.get("/api/v1/people?name=wouters", "Authorization", trainer).statusCode()).isEqualTo(403);
	}

	@Test
	void thePrivacyViewShowsEverythingHeldWithIdentifiersMasked() {
		UUID id = UUID.fromString(
				register(person("Lotte", "Jacobs", "1985-07-30", unique("lotte"), "85073003328")).get("id").asString());
		JsonNode held = ok(this.http.get("/api/v1/people/" + id + "/held", "Authorization", Http.STAFF));
		String people = held.get("people").toString();
		assertThat(people).contains("Lotte")
			.contains("people_contact_point")
			.contains("NATIONAL_NUMBER")
			.contains("*********28")
			.doesNotContain("85073003328");
	}

	@Test
	void duplicatesAreFoundAndAMergeLeavesNothingPointingAtTheRemovedPerson() {
		String email = unique("dup");
		UUID kept = UUID.fromString(register(person("Jan", "Smets", "1970-01-01", email, null)).get("id").asString());
		UUID removed = UUID.fromString(
				register(person("Jan", "Smets", null, email.toUpperCase(), "85073003328")).get("id").asString());
		JsonNode organisation = ok(this.http.postJson("/api/v1/organisations", "{\"name\": \"Smets " + removed + "\"}",
				"Authorization", Http.STAFF));
		ok(this.http.postJson("/api/v1/organisations/" + organisation.get("id").asString() + "/contacts",
				"{\"person\": \"" + removed + "\", \"role\": \"INVOICE\"}", "Authorization", Http.STAFF));
		JsonNode duplicates = ok(this.http.get("/api/v1/people/duplicates?limit=1000", "Authorization", Http.STAFF));
		assertThat(duplicates.toString()).contains(kept.toString()).contains(removed.toString()).contains("SAME_EMAIL");

		JsonNode merged = ok(this.http.postJson("/api/v1/people/" + kept + "/merge",
				"{\"duplicate\": \"" + removed + "\"}", "Authorization", Http.STAFF));
		assertThat(merged.get("identifiers")).hasSize(1);
		assertThat(merged.get("emails")).hasSize(2);
		assertThat(merged.get("birthDate").asString()).isEqualTo("1970-01-01");
		for (DeclaredTable table : this.catalogue.tables()) {
			if (table.subject() == DataSubject.PERSON && table.subjectColumn() != null) {
				assertThat(this.jdbc
					.sql("SELECT COUNT(*) FROM " + table.name() + " WHERE " + table.subjectColumn() + " = ?")
					.param(removed)
					.query(Long.class)
					.single()).as(table.name()).isZero();
			}
		}
		assertThat(this.http.get("/api/v1/people/" + removed, "Authorization", Http.STAFF).statusCode()).isEqualTo(404);
		assertThat(ok(this.http.get("/api/v1/organisations/" + organisation.get("id").asString(), "Authorization",
				Http.STAFF))
			.get("contacts")
			.toString()).contains(kept.toString());
	}

	private JsonNode register(String body) {
		HttpResponse<String> response = this.http.postJson("/api/v1/people", body, "Authorization", Http.STAFF);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return this.json.readTree(response.body());
	}

	private JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
		return this.json.readTree(response.body());
	}

	private static List<UUID> ids(JsonNode page) {
		List<UUID> ids = new ArrayList<>();
		page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asString())));
		return ids;
	}

	private static String person(String first, String last, String born, String email, String nationalNumber) {
		return """
				{"firstName": "%s", "lastName": "%s", %s "language": "nl", "provenance": "WEB_FORM",
				 "emails": [{"value": "%s", "usage": "BUSINESS"}],
				 "phones": [{"value": "09 234 56 78", "usage": "BUSINESS"}],
				 "identifiers": [%s]}""".formatted(first, last, born == null ? "" : "\"birthDate\": \"" + born + "\",",
				email,
				nationalNumber == null ? "" : "{\"kind\": \"NATIONAL_NUMBER\", \"value\": \"" + nationalNumber + "\"}");
	}

	private static String unique(String local) {
		return local + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.be";
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
