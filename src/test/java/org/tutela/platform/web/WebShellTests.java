package org.tutela.platform.web;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The three faces, their languages, their login wall and their security headers. */
@HttpTest
class WebShellTests {

	@Autowired
	Http http;

	@Test
	void thePublicSiteRendersWithItsAssetsServedLocally() {
		HttpResponse<String> home = this.http.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"en\">", "Training that respects your privacy");
		Matcher script = Pattern.compile("src=\"(/webjars/htmx\\.org/[^\"]+)\"").matcher(home.body());
		Matcher style = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]+)\"").matcher(home.body());
		assertThat(script.find()).isTrue();
		assertThat(style.find()).isTrue();
		assertThat(this.http.get(script.group(1)).statusCode()).isEqualTo(200);
		assertThat(this.http.get(style.group(1)).statusCode()).isEqualTo(200);
	}

	@Test
	void theLanguageFollowsTheBrowser() {
		assertThat(this.http.get("/", "Accept-Language", "nl-BE,nl;q=0.9").body()).contains("<html lang=\"nl\">",
				"Opleidingen met respect voor uw privacy");
		assertThat(this.http.get("/", "Accept-Language", "fr-BE").body()).contains("<html lang=\"fr\">",
				"Des formations qui respectent votre vie privée");
		assertThat(this.http.get("/", "Accept-Language", "de-DE").body()).contains("<html lang=\"en\">");
	}

	@Test
	void aLanguagePickedOnThePageIsRemembered() {
		HttpResponse<String> switched = this.http.get("/?lang=fr", "Accept-Language", "nl");
		assertThat(switched.body()).contains("<html lang=\"fr\">");
		String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		assertThat(cookie).isEqualTo("tutela-lang=fr");
		assertThat(this.http.get("/courses", "Accept-Language", "nl", "Cookie", cookie).body())
			.contains("<html lang=\"fr\">", "Formations");
	}

	@Test
	void everyPageOffersTheLanguageSwitch() {
		for (String page : new String[] { "/", "/courses", "/login", "/no-such-page" }) {
			assertThat(this.http.get(page, "Accept", "text/html").body()).as(page)
				.contains("name=\"lang\" value=\"en\"", "name=\"lang\" value=\"nl\"", "name=\"lang\" value=\"fr\"");
		}
	}

	@Test
	void theBackOfficeAndThePortalAskForALogin() {
		for (String page : new String[] { "/admin", "/admin/anything", "/me" }) {
			HttpResponse<String> response = this.http.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page)
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void staffSignInAndReachTheBackOffice() {
		HttpResponse<String> login = signIn("test-only-password");
		assertThat(login.statusCode()).isEqualTo(302);
		String signedIn = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

		HttpResponse<String> backOffice = this.http.get("/admin", "Cookie", signedIn);
		assertThat(backOffice.statusCode()).isEqualTo(200);
		assertThat(backOffice.body()).contains("Back office");
	}

	@Test
	void aWrongPasswordDoesNotGetIn() {
		HttpResponse<String> login = signIn("wrong");
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		assertThat(this.http.postForm("/login", "username=staff&password=test-only-password").statusCode())
			.isEqualTo(403);
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		for (String page : new String[] { "/", "/api/v1/courses", "/no-such-page", "/actuator/health" }) {
			HttpResponse<String> response = this.http.get(page);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(page)
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(page).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
			assertThat(response.headers().firstValue("X-Request-Id")).as(page).isPresent();
		}
	}

	@Test
	void aMissingPageIsAReadable404InTheUsersLanguage() {
		HttpResponse<String> response = this.http.get("/no-such-page", "Accept", "text/html", "Accept-Language", "nl");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Pagina niet gevonden", "Terug naar de startpagina")
			.doesNotContain("Exception", "Whitelabel");
	}

	/**
	 * Signs in as staff through the login form, with the session and CSRF token a browser
	 * would send.
	 */
	private HttpResponse<String> signIn(String password) {
		HttpResponse<String> form = this.http.get("/login");
		String session = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		return this.http.postForm("/login", "username=staff&password=" + password + "&_csrf=" + csrf.group(1), "Cookie",
				session);
	}

}
