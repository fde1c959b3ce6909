package org.tutela.identity.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tutela.identity.Role;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In production (application-prod.properties) the API's description and Swagger UI are
 * for staff who have signed in; in development they stay public.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.api-docs.public=false")
@Import(Http.class)
class ApiDocsInProductionTests {

	@LocalServerPort
	int port;

	@Autowired
	Http http;

	@Autowired
	TestAccounts accounts;

	@Test
	void theApiDescriptionAsksAVisitorToSignInAndOpensForStaff() {
		for (String path : new String[] { "/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html",
				"/swagger-ui/index.html" }) {
			HttpResponse<String> anonymous = this.http.get(path);
			assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
			assertThat(Browser.location(anonymous)).as(path).endsWith("/login");
		}
		Browser staff = new Browser(this.port);
		staff.signIn(this.accounts.of(Role.COORDINATOR));
		HttpResponse<String> docs = staff.get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"openapi\"");
	}

}
