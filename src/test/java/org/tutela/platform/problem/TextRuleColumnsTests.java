package org.tutela.platform.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text within its rule always fits its column: for every column that keeps a text as
 * typed, the column is at least as long as the rule its field is checked with, on the
 * database the suite runs on. A rule made longer, or a column made shorter, fails here
 * instead of failing a user's form with a database error.
 */
@SpringBootTest
class TextRuleColumnsTests {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}.{1} holds a {2}")
	@CsvSource({ "people_person, first_name, NAME", "people_person, second_name, NAME",
			"people_person, last_name, NAME", "people_person, job_function, NAME", "people_organisation, name, LINE",
			"outreach_list, name, LINE", "consent_wording, text, PARAGRAPH", "requests_request, requester_name, NAME",
			"requests_request, requester_email, EMAIL", "requests_request, details, PARAGRAPH",
			"identity_account, email, EMAIL", "billing_party, buyer_reference, LINE",
			"billing_party, order_reference, LINE", "billing_party, invoice_email, EMAIL",
			"billing_private_party, street, LINE", "billing_private_party, city, NAME",
			"billing_private_party, email, EMAIL", "billing_invoice_line, description, LINE",
			"members_application, reason, PARAGRAPH", "members_application, organisation_name, LINE",
			"members_application, street, LINE", "members_application, city, NAME",
			"members_application, first_name, NAME", "members_application, last_name, NAME",
			"members_application, email, EMAIL", "network_contact, website, LINE",
			"network_contact, private_street, LINE", "network_contact, private_city, NAME",
			"network_contact, private_consent_wording, PARAGRAPH", "network_contact, private_consent_proof, LINE",
			"network_meeting, agreed, PARAGRAPH", "network_interest, subject, NAME", "network_match, subject, NAME" })
	void theColumnHoldsTheLongestTextItsRuleAccepts(String table, String column, TextRule rule) {
		Integer length = this.jdbc.sql("""
				SELECT character_maximum_length FROM information_schema.columns
				WHERE LOWER(table_name) = :table AND LOWER(column_name) = :column""")
			.param("table", table)
			.param("column", column)
			.query(Integer.class)
			.single();
		assertThat(length).as("%s.%s", table, column).isGreaterThanOrEqualTo(rule.maxLength());
	}

}
