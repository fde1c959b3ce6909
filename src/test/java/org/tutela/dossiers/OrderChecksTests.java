package org.tutela.dossiers;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employer's order is checked whole before anything is stored (CER-4, CER-14): a
 * malformed national register number, an order naming no identifier at all, an incapacity
 * that ends before it begins or has ended, an organisation the contact does not
 * represent: each refused with the broken rule on its field, in the API's problem and
 * beside the portal form's field, and no person or control stored.
 */
@MedicalInspectionTest
class OrderChecksTests {

	private static final String API = "/api/v1/absenteeism-controls";

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	String hrEmail;

	TestAccount hr;

	Organisation employer;

	@BeforeEach
	void anHrContactOfAClient() {
		this.hrEmail = "hr+" + UUID.randomUUID() + "@example.org";
		this.employer = this.training.client(this.hrEmail);
		this.hr = this.accounts.portalWithPassword(Role.CLIENT_CONTACT, this.hrEmail);
	}

	@Test
	void aMalformedNationalNumberIsRefusedOnItsFieldAndAWellFormedOneAccepted_CER14() {
		HttpResponse<String> refused = order(this.hr, Order.valid().with("nationalNumber", "12345678901"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("nationalNumber");

		HttpResponse<String> accepted = order(this.hr, Order.valid().with("nationalNumber", "85073003328"));
		assertThat(accepted.statusCode()).isEqualTo(201);
		JsonNode placed = this.json.readTree(accepted.body());
		assertThat(placed.get("reference").asString()).matches("AC-[2-9A-HJKMNP-Z]{8}");
		assertThat(placed.get("status").asString()).isEqualTo("ORDERED");
		assertThat(accepted.headers().firstValue("Location")).hasValue(API + "/" + placed.get("id").asString());
	}

	@Test
	void anOrderNamingNoIdentifierIsRefused_CER14() {
		HttpResponse<String> refused = order(this.hr, Order.valid().with("personnelNumber", null));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("nationalNumber");
		assertThat(refused.body()).contains("a personnel number or a substitute number");
	}

	@Test
	void anIncapacityEndingBeforeItBeginsOrAlreadyEndedIsRefused() {
		LocalDate today = LocalDate.now();
		HttpResponse<String> outOfOrder = order(this.hr,
				Order.valid()
					.with("incapacityFrom", today.plusDays(5).toString())
					.with("incapacityUntil", today.plusDays(2).toString()));
		assertThat(outOfOrder.statusCode()).isEqualTo(400);
		assertThat(fields(outOfOrder)).containsExactly("incapacityUntil");
		assertThat(outOfOrder.body()).contains("ends before it begins");

		HttpResponse<String> over = order(this.hr,
				Order.valid()
					.with("incapacityFrom", today.minusDays(20).toString())
					.with("incapacityUntil", today.minusDays(1).toString()));
		assertThat(over.statusCode()).isEqualTo(400);
		assertThat(fields(over)).containsExactly("incapacityUntil");
		assertThat(over.body()).contains("has ended");
	}

	@Test
	void anotherClientsOrganisationIsRefused() {
		Organisation other = this.training.client("hr+" + System.nanoTime() + "@example.org");
		HttpResponse<String> refused = order(this.hr, Order.valid().with("organisation", other.id().toString()));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("organisation");
		assertThat(refused.body()).contains("you are the HR contact of");
	}

	@Test
	void aRefusedOrderStoresNothingNeitherTheWorkerNorTheControl() {
		long persons = count("people_person");
		long controls = count("dossiers_control");
		HttpResponse<String> refused = order(this.hr,
				Order.valid()
					.with("nationalNumber", "85073003329")
					.with("postcode", "10000")
					.with("certificate", null)
					.with("doctorAddress", "Dokterslaan 3")
					.with("doctorName", null));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(fields(refused)).containsExactlyInAnyOrder("nationalNumber", "postcode", "certificate",
				"doctorName");
		assertThat(count("people_person")).isEqualTo(persons);
		assertThat(count("dossiers_control")).isEqualTo(controls);

		assertThat(order(this.hr, Order.valid()).statusCode()).isEqualTo(201);
		persons = count("people_person");
		controls = count("dossiers_control");
		HttpResponse<String> again = order(this.hr, Order.valid());
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("urn:tutela:problem:control-already-ordered");
		assertThat(count("people_person")).isEqualTo(persons);
		assertThat(count("dossiers_control")).isEqualTo(controls);
	}

	@Test
	void thePortalFormNamesTheBrokenRuleBesideItsFieldKeepsWhatWasTypedAndThenOrders() {
		Browser contact = new Browser(this.port);
		contact.signIn(this.hr);
		assertThat(contact.get("/me?lang=en").body()).contains("href=\"/me/controls\"");
		contact.get("/me/controls/new?lang=en");
		LocalDate today = LocalDate.now();
		long controls = count("dossiers_control");
		HttpResponse<String> refused = contact.post("/me/controls/new",
				Order.valid()
					.with("incapacityUntil", today.minusDays(3).toString())
					.with("incapacityFrom", today.toString())
					.form());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.containsPattern("id=\"incapacityUntil-error\"[^>]*>The incapacity ends before it begins.")
			.contains("value=\"Werker\"", "value=\"P-0815\"");
		HttpResponse<String> unreadable = contact.post("/me/controls/new",
				Order.valid().with("incapacityFrom", "31-02-2027").with("nature", null).form());
		assertThat(unreadable.body()).containsPattern("id=\"incapacityFrom-error\"[^>]*>This is not a valid date.")
			.containsPattern("id=\"nature-error\"[^>]*>This field is required.");
		assertThat(count("dossiers_control")).isEqualTo(controls);

		HttpResponse<String> ordered = contact.post("/me/controls/new", Order.valid().form());
		assertThat(ordered.statusCode()).isEqualTo(302);
		URI page = URI.create(Browser.location(ordered));
		assertThat(page.getPath()).matches("/me/controls/[0-9a-f-]{36}");
		assertThat(page.getQuery()).isEqualTo("ordered");
		assertThat(contact.get(page.getPath() + "?ordered&lang=en").body()).contains("Walter Werker",
				"Ordered, waiting for a physician", "The control is ordered.");
		assertThat(contact.get("/me/controls?lang=en").body()).contains("Walter Werker", "Order a control");
	}

	private HttpResponse<String> order(TestAccount account, Order order) {
		return this.http.postJson(API, order.json(this.json), "Authorization", account.basic(), "Accept-Language",
				"en");
	}

	private List<String> fields(HttpResponse<String> refused) {
		List<String> fields = new ArrayList<>();
		this.json.readTree(refused.body()).get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
