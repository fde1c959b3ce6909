package org.tutela.billing;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tutela.identity.Role;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisations;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finance records a client's billing details over the API: Peppol ids of the Belgian and
 * Dutch schemes with their registers' checks, VAT numbers of any member state by their
 * structure, references and the invoice address; a detail that breaks a rule is answered
 * with a problem naming the field, in the caller's language, and nothing is kept. An
 * order's amount with three decimals is refused the same way.
 */
@HttpTest
class BillingPartiesTests {

	@Autowired
	Http http;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Organisations organisations;

	private UUID client;

	private String finance;

	@BeforeEach
	void client() {
		this.client = Staff
			.coordinator(() -> this.organisations
				.add(new NewOrganisation("Client " + UUID.randomUUID(), BillingFixtures.enterpriseNumber(), null, null,
						null, null, MembershipStatus.NONE, null, null, null, null)))
			.id();
		this.finance = this.accounts.of(Role.FINANCE).basic();
	}

	@Test
	void aClientsDetailsAreKeptAsCheckedAndReadBack() {
		HttpResponse<String> recorded = record("""
				{"paymentMethod": "DIRECT_DEBIT", "peppolScheme": "0208", "peppolId": "0403.019.261",
				 "vatNumber": "be 0403 019 261", "buyerReference": " PO-2026-17 ",
				 "invoiceEmail": "Facturen@Client.example.BE", "language": "fr", "kmoProject": " KMO-2026/48215 "}""");

		assertThat(recorded.statusCode()).isEqualTo(200);
		JsonNode kept = this.json.readTree(read().body());
		assertThat(kept.get("paymentMethod").asString()).isEqualTo("DIRECT_DEBIT");
		assertThat(kept.get("peppolScheme").asString()).isEqualTo("0208");
		assertThat(kept.get("peppolId").asString()).isEqualTo("0403019261");
		assertThat(kept.get("vatNumber").asString()).isEqualTo("BE0403019261");
		assertThat(kept.get("buyerReference").asString()).isEqualTo("PO-2026-17");
		assertThat(kept.get("invoiceEmail").asString()).isEqualTo("Facturen@client.example.be");
		assertThat(kept.get("language").asString()).isEqualTo("fr");
		assertThat(kept.get("kmoProject").asString()).isEqualTo("KMO-2026/48215");
	}

	@Test
	void aClientWithoutDetailsPaysByTransferInDutch() {
		JsonNode kept = this.json.readTree(read().body());
		assertThat(kept.get("paymentMethod").asString()).isEqualTo("TRANSFER");
		assertThat(kept.get("language").asString()).isEqualTo("nl");
		assertThat(kept.get("peppolId").isNull()).isTrue();
	}

	@Test
	void aPeppolIdOfAnotherSchemeOrThatFailsItsCheckAndAnUnknownVatNumberAreNamedAndNothingIsKept() {
		record("""
				{"peppolScheme": "9925", "peppolId": "BE0403019261", "buyerReference": "kept before"}""");

		assertThat(refused("""
				{"peppolScheme": "0088", "peppolId": "5412345000013", "vatNumber": "XX123456789",
				 "buyerReference": "changed"}"""))
			.containsEntry("peppolScheme",
					"Use one of the Peppol schemes 0208 (Belgian enterprise number), 0106 (Dutch KvK number), "
							+ "9925 (Belgian VAT number) or 9944 (Dutch VAT number).")
			.containsEntry("vatNumber",
					"A VAT number starts with the prefix of a member state of the European Union, such as BE, NL or FR.");
		assertThat(refused("""
				{"peppolScheme": "0208", "peppolId": "0403019262"}""")).containsExactly(Map.entry("peppolId",
				"The check digits of this enterprise number do not match; it was probably mistyped."));
		assertThat(refused("""
				{"peppolScheme": "9925", "peppolId": "NL004495445B01"}"""))
			.containsExactly(Map.entry("peppolId", "Scheme 9925 takes a Belgian VAT number, starting with BE."));
		assertThat(refused("""
				{"peppolScheme": "0106", "peppolId": "1234567"}"""))
			.containsExactly(Map.entry("peppolId", "A KvK number has 8 digits."));
		assertThat(refused("""
				{"vatNumber": "NL123456789", "peppolId": "0403019261"}"""))
			.containsEntry("vatNumber",
					"This VAT number does not have the length or the characters its member state gives VAT numbers.")
			.containsEntry("peppolScheme", "This field is required.");
		assertThat(refused("""
				{"kmoProject": "<b>project</b>"}""")).containsExactly(Map.entry("kmoProject",
				"A KMO-portefeuille project number has 3 to 30 letters, digits, dots, dashes or slashes."));

		JsonNode kept = this.json.readTree(read().body());
		assertThat(kept.get("peppolScheme").asString()).isEqualTo("9925");
		assertThat(kept.get("buyerReference").asString()).isEqualTo("kept before");
	}

	@Test
	void anOrderAmountWithThreeDecimalsAMonthAndAYearThatAreNoneAreNamed() {
		HttpResponse<String> order = this.http.postJson("/api/v1/billing/orders", """
				{"organisation": "%s", "lines": [{"description": "Course books", "quantity": 2,
				 "unitPrice": 24.955, "vat": "STANDARD"}]}""".formatted(this.client), "Authorization", this.finance,
				"Accept-Language", "en");
		assertThat(order.statusCode()).isEqualTo(400);
		assertThat(errors(order))
			.containsExactly(Map.entry("lines[0].unitPrice", "An amount in euros has at most two decimals."));

		HttpResponse<String> month = this.http.postJson("/api/v1/billing/drafts", """
				{"month": "March"}""", "Authorization", this.finance, "Accept-Language", "nl");
		assertThat(month.statusCode()).isEqualTo(400);
		assertThat(errors(month)).containsExactly(Map.entry("month", "Geef de maand als 2026-03."));

		HttpResponse<String> year = this.http.postJson("/api/v1/billing/membership-fees", """
				{"year": "20x7"}""", "Authorization", this.finance, "Accept-Language", "en");
		assertThat(year.statusCode()).isEqualTo(400);
		assertThat(errors(year)).containsExactly(Map.entry("year", "Give the year as four digits, such as 2027."));
	}

	private HttpResponse<String> record(String details) {
		return this.http.postJson("/api/v1/billing/organisations/" + this.client, details, "Authorization",
				this.finance, "Accept-Language", "en");
	}

	private HttpResponse<String> read() {
		return this.http.get("/api/v1/billing/organisations/" + this.client, "Authorization", this.finance);
	}

	private Map<String, String> refused(String details) {
		HttpResponse<String> refused = record(details);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(refused.body()).get("type").asString())
			.isEqualTo("urn:tutela:problem:invalid-input");
		return errors(refused);
	}

	private Map<String, String> errors(HttpResponse<String> refused) {
		Map<String, String> errors = new LinkedHashMap<>();
		this.json.readTree(refused.body())
			.get("errors")
			.forEach(error -> errors.put(error.get("field").asString(), error.get("message").asString()));
		return errors;
	}

}
