package org.tutela.billing;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A statement file that breaks a rule is refused with the line and the element where it
 * does, as a problem (RFC 9457) in the reader's language, and nothing of it is booked,
 * not even the entries before the one at fault: a file of another kind, XML cut off, an
 * amount with three decimals, an amount in dollars. A correct file is booked, once.
 */
@HttpTest
class StatementRefusalTests {

	@Autowired
	Http http;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private String finance;

	@BeforeEach
	void finance() {
		this.finance = this.accounts.of(Role.FINANCE).basic();
	}

	@Test
	void anAmountWithThreeDecimalsIsRefusedAtItsLineAndNothingOfTheFileIsBooked() {
		String statement = Camt053.v02("STMT-R-1", Camt053.credit("R1-1", "10.00", null, "eerste"),
				Camt053.credit("R1-2", "24.955", null, "tweede"));

		JsonNode problem = refused(statement, "en");

		assertThat(problem.get("type").asString()).isEqualTo("urn:tutela:problem:statement-amount");
		assertThat(problem.get("line").asInt()).isEqualTo(Camt053.lineOf(statement, ">24.955<"));
		assertThat(problem.get("field").asString()).isEqualTo("Ntry/Amt");
		assertThat(problem.get("detail").asString()).startsWith("Line " + Camt053.lineOf(statement, ">24.955<") + ", ")
			.contains("at most two decimals", "Nothing was booked");
		assertThat(booked("STMT-R-1")).isZero();
	}

	@Test
	void anAmountInAnotherCurrencyIsRefusedInTheReadersLanguage() {
		String statement = Camt053.v08("STMT-R-2", Camt053.credit("R2-1", "10.00", null, "eerste").inCurrency("USD"));

		JsonNode problem = refused(statement, "nl");

		assertThat(problem.get("type").asString()).isEqualTo("urn:tutela:problem:statement-currency");
		assertThat(problem.get("field").asString()).isEqualTo("Ntry/Amt/@Ccy");
		assertThat(problem.get("detail").asString()).isEqualTo("Regel " + Camt053.lineOf(statement, "Ccy=\"USD\"")
				+ ", Ntry/Amt/@Ccy: alleen bedragen in euro worden geboekt. Er is niets geboekt.");
		assertThat(booked("STMT-R-2")).isZero();
	}

	@Test
	void aFileThatIsNoStatementOrBrokenXmlIsRefusedAtItsLine() {
		JsonNode payment = refused("""
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
				<CstmrCdtTrfInitn/>
				</Document>
				""", "en");
		assertThat(payment.get("type").asString()).isEqualTo("urn:tutela:problem:statement-not-camt053");
		assertThat(payment.get("line").asInt()).isEqualTo(2);

		JsonNode csv = refused("Datum;Bedrag;Mededeling\n2026-12-05;10,00;test\n", "en");
		assertThat(csv.get("type").asString()).isEqualTo("urn:tutela:problem:statement-not-camt053");

		String statement = Camt053.v02("STMT-R-3", Camt053.credit("R3-1", "10.00", null, "eerste"));
		String cut = statement.substring(0, statement.indexOf("</TxDtls>")) + "</Ntry>\n</Stmt>";
		JsonNode broken = refused(cut, "en");
		assertThat(broken.get("type").asString()).isEqualTo("urn:tutela:problem:statement-broken");
		assertThat(broken.get("line").asInt()).isEqualTo(Camt053.lineOf(cut, "</Ntry>"));
		assertThat(booked("STMT-R-3")).isZero();
	}

	@Test
	void aCorrectStatementIsBookedOnceOverTheApi() {
		String statement = Camt053.v02("STMT-R-4", Camt053.credit("R4-1", "10.00", null, "zomaar"));

		HttpResponse<String> first = post(statement, "en");
		HttpResponse<String> second = post(statement, "en");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(first.body()).get("booked").asInt()).isEqualTo(1);
		assertThat(this.json.readTree(second.body()).get("alreadyBooked").asInt()).isEqualTo(1);
		assertThat(booked("STMT-R-4")).isEqualTo(1);
		HttpResponse<String> open = this.http.get("/api/v1/billing/transfers", "Authorization", this.finance);
		assertThat(open.body()).contains("zomaar");
	}

	@Test
	void onlyFinanceImportsStatements() {
		HttpResponse<String> coordinator = this.http.post("/api/v1/billing/statements", "application/xml",
				Camt053.v02("STMT-R-5", Camt053.credit("R5-1", "10.00", null, "x")), "Authorization",
				this.accounts.of(Role.COORDINATOR).basic());

		assertThat(coordinator.statusCode()).isEqualTo(403);
		assertThat(booked("STMT-R-5")).isZero();
	}

	private JsonNode refused(String file, String language) {
		HttpResponse<String> response = post(file, language);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> post(String file, String language) {
		return this.http.post("/api/v1/billing/statements", "application/xml", file, "Authorization", this.finance,
				"Accept-Language", language);
	}

	private int booked(String statement) {
		return this.jdbc.sql("SELECT COUNT(*) FROM billing_payment WHERE statement_id = :statement")
			.param("statement", statement)
			.query(Integer.class)
			.single();
	}

}
