package org.tutela.catalog.web;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The course API, and through it every kind of API error as an RFC 9457 problem. */
@HttpTest
class CourseApiTests {

	private static final String PROBLEM = "application/problem+json";

	@Autowired
	Http http;

	@Test
	void aCourseAddedByStaffCanBeReadBack() {
		String code = uniqueCode();
		HttpResponse<String> created = this.http.postJson("/api/v1/courses",
				"{\"code\":\"" + code + "\",\"title\":\"Eerste hulp\",\"language\":\"nl\",\"certified\":true}",
				"Authorization", Http.STAFF);
		assertThat(created.statusCode()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> read = this.http.get(location);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("\"code\":\"" + code + "\"", "\"title\":\"Eerste hulp\"",
				"\"certified\":true");
		assertThat(this.http.get("/api/v1/courses").body()).contains(code);
	}

	@Test
	void malformedJsonIsA400ProblemNamingWhereItBroke() {
		HttpResponse<String> response = this.http.postJson("/api/v1/courses", "{\"code\": VCA,\n \"title\": \"x\"}",
				"Authorization", Http.STAFF);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(response.body()).contains("\"type\":\"urn:tutela:problem:malformed-body\"", "\"status\":400",
				"line 1, column");
	}

	@Test
	void aValueOfTheWrongTypeIsA400ProblemNamingTheField() {
		HttpResponse<String> response = this.http.postJson("/api/v1/courses",
				"{\"code\":\"X1\",\"title\":\"x\",\"language\":\"nl\",\"certified\":{\"no\":1}}", "Authorization",
				Http.STAFF);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("malformed-body", "'certified'");
	}

	@Test
	void invalidFieldsAreA400ProblemListingEachField() {
		HttpResponse<String> response = this.http.postJson("/api/v1/courses",
				"{\"code\":\"lower case\",\"title\":\"\",\"language\":\"de\"}", "Authorization", Http.STAFF,
				"Accept-Language", "nl");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(response.body()).contains("urn:tutela:problem:invalid-input", "Ongeldige invoer",
				"\"field\":\"code\"", "\"field\":\"title\"", "\"field\":\"language\"", "\"field\":\"certified\"");
		assertThat(response.body()).doesNotContain("lower case");
	}

	@Test
	void aFormatTheEndpointDoesNotOfferIsA406ProblemNamingTheFormatsItDoes() {
		HttpResponse<String> response = this.http.get("/api/v1/courses", "Accept", "text/csv", "Accept-Language", "nl");
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(response.body())
			.contains("\"type\":\"urn:tutela:problem:not-acceptable\"",
					"Dit adres antwoordt alleen in application/json", "\"acceptable\":[\"application/json\"")
			.doesNotContain("later");
	}

	@Test
	void anUnknownCourseIsA404Problem() {
		UUID id = UUID.randomUUID();
		HttpResponse<String> response = this.http.get("/api/v1/courses/" + id);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(response.body()).contains("urn:tutela:problem:course-not-found", id.toString());
	}

	@Test
	void aTakenCodeIsA409ProblemAndTheFirstCourseIsKept() {
		String code = uniqueCode();
		this.http.postJson("/api/v1/courses",
				"{\"code\":\"" + code + "\",\"title\":\"First\",\"language\":\"fr\",\"certified\":false}",
				"Authorization", Http.STAFF);
		HttpResponse<String> second = this.http.postJson("/api/v1/courses",
				"{\"code\":\"" + code + "\",\"title\":\"Second\",\"language\":\"fr\",\"certified\":false}",
				"Authorization", Http.STAFF);
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(second.body()).contains("urn:tutela:problem:course-code-taken", code);
		assertThat(this.http.get("/api/v1/courses").body()).contains("First").doesNotContain("Second");
	}

	@Test
	void anUnparseableIdIsA400Problem() {
		HttpResponse<String> response = this.http.get("/api/v1/courses/not-a-uuid");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
	}

	@Test
	void anUnknownApiAddressIsA404Problem() {
		HttpResponse<String> response = this.http.get("/api/v1/nothing-here", "Authorization", Http.STAFF);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(response.body()).contains("\"instance\":\"/api/v1/nothing-here\"");
	}

	@Test
	void changingTheCatalogueWithoutCredentialsIsA401ProblemAndStoresNothing() {
		String code = uniqueCode();
		HttpResponse<String> response = this.http.postJson("/api/v1/courses",
				"{\"code\":\"" + code + "\",\"title\":\"x\",\"language\":\"en\",\"certified\":false}");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(this.http.get("/api/v1/courses").body()).doesNotContain(code);
	}

	@Test
	void errorsNeverShowAStackTrace() {
		HttpResponse<String> response = this.http.postJson("/api/v1/courses", "[", "Authorization", Http.STAFF);
		assertThat(response.body()).doesNotContain("Exception", "at org.", "tools.jackson");
	}

	private static String uniqueCode() {
		return "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

}
