package org.tutela.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.Registration;
import org.tutela.personaldata.PersonId;
import org.tutela.outreach.Campaigns;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.NewCampaign;
import org.tutela.outreach.Variant;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.RetentionAction;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymised registration, and an anonymised certificate, are one thing whatever took
 * them there: the erasure a request asks of the catalogue and the retention rule's sweep
 * of the same kind of record clear the same columns (person, names, links, codes,
 * signatures) and keep the same statistics (MEZ-8, MEZ-13). A deleted subscription, too,
 * takes the same rows with it either way, and an anonymised person keeps the same.
 */
@SpringBootTest
class OneAnonymisationTests extends RetentionTest {

	private static final String REGISTRATION = """
			SELECT participant_id, registrant_id, ip_address, user_agent, remark, cancel_token_hash,
				keep_informed_token_hash, status, source, organisation_id, late_cancellation, anonymised_on,
				registered_at, cancelled_at
			FROM enrolment_registration WHERE id = :id""";

	private static final String CERTIFICATE = """
			SELECT person_id, registration_id, holder_name, reminded_at, anonymised_on, completed_on, valid_until
			FROM certification_certificate WHERE session_id = :session""";

	private static final String PERSON = """
			SELECT first_name, second_name, last_name, search_name, birth_date, job_function, language, provenance,
				last_contact_at, last_activity_at, restricted,
				(SELECT COUNT(*) FROM people_contact_point c WHERE c.person_id = p.id) contact_points,
				(SELECT COUNT(*) FROM people_identifier i WHERE i.person_id = p.id) identifiers
			FROM people_person p WHERE id = :id""";

	/** The rows a person's subscription to a list stands for, by table. */
	private static final String SUBSCRIPTION_ROWS = """
			SELECT (SELECT COUNT(*) FROM outreach_subscription WHERE list_id = :list AND person_id = :person) subscriptions,
				(SELECT COUNT(*) FROM outreach_message m JOIN outreach_campaign k ON k.id = m.campaign_id
					WHERE k.list_id = :list AND m.person_id = :person) messages,
				(SELECT COUNT(*) FROM outreach_click c JOIN outreach_campaign k ON k.id = c.campaign_id
					WHERE k.list_id = :list AND c.person_id = :person) clicks""";

	/** A message of the campaign sent to the person, and their click in it. */
	private static final List<String> SENT_AND_CLICKED = List.of("""
			INSERT INTO outreach_message (campaign_id, person_id, status, sent_at)
			VALUES (:campaign, :person, 'SENT', CURRENT_TIMESTAMP)""", """
			INSERT INTO outreach_click (campaign_id, person_id, url, clicked_at)
			VALUES (:campaign, :person, 'https://example.org/offer', CURRENT_TIMESTAMP)""");

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	Campaigns campaigns;

	@Autowired
	List<ExpiringRecords> kinds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegistrationAndItsCertificateAnonymisedByAnErasureAreTheSameAsByARetentionRule_MEZ8_MEZ13() {
		LocalDate held = LocalDate.now().minusDays(3);
		Registration byRequest = this.fixtures.trained(held, true);
		Registration byRule = this.fixtures.trained(held, true);
		String requestCode = code(byRequest.session());
		String ruleCode = code(byRule.session());

		this.catalogue.erase(byRequest.participant(), module -> Set.of("enrolment", "certification").contains(module)
				? Optional.of(ErasureMode.ANONYMISE) : Optional.empty());
		kind("certificates").apply(RetentionAction.ANONYMISE,
				List.of(this.jdbc.sql("SELECT id FROM certification_certificate WHERE session_id = :session")
					.param("session", byRule.session())
					.query(String.class)
					.single()));
		kind("registrations").apply(RetentionAction.ANONYMISE, List.of(byRule.id().toString()));

		Map<String, Object> registration = row(REGISTRATION, "id", byRequest.id());
		assertThat(registration).isEqualTo(row(REGISTRATION, "id", byRule.id()));
		assertThat(registration).containsEntry("participant_id", null)
			.containsEntry("registrant_id", null)
			.containsEntry("ip_address", null)
			.containsEntry("cancel_token_hash", null)
			.containsEntry("status", "CONFIRMED")
			.containsEntry("source", "STAFF");
		assertThat(registration.get("anonymised_on")).isNotNull();
		assertThat(this.fixtures.signatures(byRequest.id())).containsOnlyNulls().hasSize(1);
		assertThat(this.fixtures.signatures(byRule.id())).containsOnlyNulls().hasSize(1);

		Map<String, Object> certificate = row(CERTIFICATE, "session", byRequest.session());
		assertThat(certificate).isEqualTo(row(CERTIFICATE, "session", byRule.session()));
		assertThat(certificate).containsEntry("person_id", null)
			.containsEntry("registration_id", null)
			.containsEntry("holder_name", "-");
		assertThat(certificate.get("completed_on")).isNotNull();
		assertThat(certificate.get("anonymised_on")).isNotNull();
		assertThat(code(byRequest.session())).isNotEqualTo(requestCode).matches("[0-9a-f]{14}");
		assertThat(code(byRule.session())).isNotEqualTo(ruleCode).matches("[0-9a-f]{14}");
	}

	@Test
	void aSubscriptionDeletedByAnErasureTakesTheSameRowsAsByARetentionRule_MEZ13() {
		MailingList list = this.fixtures.list("marketing");
		PersonId byRequest = this.requests.person("Lien", "Maes", "lien+" + UUID.randomUUID() + "@example.be");
		PersonId byRule = this.requests.person("Tom", "Maes", "tom+" + UUID.randomUUID() + "@example.be");
		UUID campaign = Staff
			.as(() -> this.campaigns
				.create(new NewCampaign(list.code(), List.of(new Variant("en", "Offers", "Our offers")))),
					"outreach.manage")
			.id();
		for (PersonId person : List.of(byRequest, byRule)) {
			this.fixtures.subscribed(list, person, LocalDate.now().minusYears(1), null);
			for (String insert : SENT_AND_CLICKED) {
				this.jdbc.sql(insert).param("campaign", campaign).param("person", person.value()).update();
			}
			assertThat(subscriptionRows(list, person)).containsOnly(1L);
		}

		this.catalogue.erase(byRequest,
				module -> "outreach".equals(module) ? Optional.of(ErasureMode.DELETE) : Optional.empty());
		kind("subscriptions").apply(RetentionAction.DELETE, List.of(list.id() + "/" + byRule));

		assertThat(subscriptionRows(list, byRequest)).isEqualTo(subscriptionRows(list, byRule)).containsOnly(0L);
	}

	@Test
	void aPersonAnonymisedByAnErasureIsTheSameAsByARetentionRule_MEZ13_CES9() {
		PersonId byRequest = this.requests.person("Lien", "Peeters", "lien+" + UUID.randomUUID() + "@example.be");
		PersonId byRule = this.requests.person("Lien", "Peeters", "lien+" + UUID.randomUUID() + "@example.be");

		this.catalogue.erase(byRequest,
				module -> "people".equals(module) ? Optional.of(ErasureMode.ANONYMISE) : Optional.empty());
		kind("persons").apply(RetentionAction.ANONYMISE, List.of(byRule.toString()));

		Map<String, Object> person = row(PERSON, "id", byRequest.value());
		assertThat(person).isEqualTo(row(PERSON, "id", byRule.value()));
		assertThat(person).containsEntry("first_name", "-")
			.containsEntry("second_name", null)
			.containsEntry("last_name", "-")
			.containsEntry("search_name", "")
			.containsEntry("birth_date", null)
			.containsEntry("last_contact_at", null)
			.containsEntry("contact_points", 0L)
			.containsEntry("identifiers", 0L);
		assertThat(person.get("language")).as("kept for statistics").isEqualTo("en");
	}

	private List<Long> subscriptionRows(MailingList list, PersonId person) {
		return this.jdbc.sql(SUBSCRIPTION_ROWS)
			.param("list", list.id())
			.param("person", person.value())
			.query()
			.singleRow()
			.values()
			.stream()
			.map(count -> ((Number) count).longValue())
			.toList();
	}

	private ExpiringRecords kind(String name) {
		return this.kinds.stream().filter(kind -> kind.kind().name().equals(name)).findFirst().orElseThrow();
	}

	private Map<String, Object> row(String sql, String key, UUID id) {
		return this.jdbc.sql(sql).param(key, id).query().singleRow();
	}

	private String code(UUID session) {
		return this.jdbc.sql("SELECT code FROM certification_certificate WHERE session_id = :session")
			.param("session", session)
			.query(String.class)
			.single();
	}

}
