package org.tutela.platform.database;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under the running application: every open connection is cut and no
 * new one is accepted. Requests must fail with a 503 problem within 1.5 s, readiness must
 * go DOWN within 5 s, the outage must be logged once, not per request, and once the
 * database is back the application recovers by itself within 15 seconds, with every
 * committed write still there (MEN-10: availability and resilience of processing).
 */
@HttpTest
@ExtendWith(OutputCaptureExtension.class)
@EnabledIfSystemProperty(named = "tutela.test.database", matches = "postgres")
class DatabaseOutageTests {

	@Autowired
	Http http;

	@AfterEach
	void databaseIsBack() {
		TestDatabase.admin("alter database " + TestDatabase.databaseName() + " with allow_connections true");
	}

	@Test
	void anOutageIsAFast503AndTheApplicationRecoversWithoutLosingWrites_MEN10(CapturedOutput output)
			throws InterruptedException {
		String before = addCourse().body();
		assertThat(before).contains("\"id\"");

		stopDatabase();
		Instant cut = Instant.now();
		Duration readinessDown = null;
		List<Duration> failing = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Instant start = Instant.now();
			assertThat(this.http.get("/api/v1/courses").statusCode()).isEqualTo(503);
			failing.add(Duration.between(start, Instant.now()));
			if (readinessDown == null && this.http.get("/actuator/health/readiness").statusCode() == 503) {
				readinessDown = Duration.between(cut, Instant.now());
			}
		}
		failing.sort(null);
		assertThat(failing.get(failing.size() - 1)).as("the slowest of 20 failing requests")
			.isLessThan(Duration.ofMillis(1500));
		assertThat(readinessDown).as("readiness DOWN").isNotNull().isLessThan(Duration.ofSeconds(5));
		HttpResponse<String> duringOutage = this.http.postJson("/api/v1/courses",
				"{\"code\":\"OUTAGE-1\",\"title\":\"x\",\"language\":\"en\",\"certified\":false}", "Authorization",
				Http.STAFF);
		assertThat(duringOutage.statusCode()).isEqualTo(503);
		assertThat(duringOutage.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(duringOutage.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(duringOutage.body()).contains("urn:tutela:problem:database-unavailable");
		assertThat(this.http.get("/courses", "Accept", "text/html").statusCode()).isEqualTo(503);
		assertThat(this.http.get("/actuator/health").statusCode()).isEqualTo(503);
		assertThat(output.getOut()).as("the outage is logged once, not per request")
			.containsOnlyOnce("Database unavailable");

		TestDatabase.admin("alter database " + TestDatabase.databaseName() + " with allow_connections true");
		Instant back = Instant.now();
		HttpResponse<String> after = this.http.get("/api/v1/courses");
		while (after.statusCode() != 200
				&& Duration.between(back, Instant.now()).compareTo(Duration.ofSeconds(15)) < 0) {
			Thread.sleep(250);
			after = this.http.get("/api/v1/courses");
		}
		assertThat(after.statusCode()).isEqualTo(200);
		String id = before.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		assertThat(after.body()).contains(id).doesNotContain("OUTAGE-1");
		assertThat(addCourse().statusCode()).isEqualTo(201);
	}

	private HttpResponse<String> addCourse() {
		String code = "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return this.http.postJson("/api/v1/courses",
				"{\"code\":\"" + code + "\",\"title\":\"Kept\",\"language\":\"nl\",\"certified\":false}",
				"Authorization", Http.STAFF);
	}

	private static void stopDatabase() {
		String database = TestDatabase.databaseName();
		TestDatabase.admin("alter database " + database + " with allow_connections false");
		TestDatabase.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
				+ "' and pid <> pg_backend_pid()");
	}

}
