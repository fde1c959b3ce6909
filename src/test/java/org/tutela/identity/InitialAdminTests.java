package org.tutela.identity;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.TutelaApplication;
import org.tutela.identity.mfa.Totp;
import org.tutela.testing.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start of an empty embedded database: an administrator with a password printed
 * once, which must be replaced, and an authenticator to enrol, before the back office
 * opens.
 */
@ExtendWith(OutputCaptureExtension.class)
class InitialAdminTests {

	private static final Pattern PRINTED = Pattern.compile("initial admin password: (\\S+)");

	private static final Pattern SECRET = Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>");

	@Test
	void theFirstStartOpensAnAdminWhoMustReplaceThePasswordAndEnrolASecondFactor(@TempDir Path dataDir,
			CapturedOutput output) {
		try (ConfigurableApplicationContext app = start(dataDir)) {
			Matcher printed = PRINTED.matcher(output.getOut());
			assertThat(printed.find()).isTrue();
			String initialPassword = printed.group(1);
			assertThat(printed.find()).as("printed once").isFalse();
			assertThat(output.getOut()).containsOnlyOnce(initialPassword);

			Browser browser = new Browser(
					Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")));
			browser.get("/login");
			HttpResponse<String> signedIn = browser.post("/login", "username", "admin", "password", initialPassword);
			assertThat(Browser.location(signedIn)).endsWith("/login/password");
			assertThat(Browser.location(browser.get("/admin"))).endsWith("/login/password");

			browser.get("/login/password");
			HttpResponse<String> common = browser.post("/login/password", "currentPassword", initialPassword,
					"newPassword", "password1234", "confirmation", "password1234");
			assertThat(common.body()).contains("too common or too easy to guess");
			String chosen = "violet harbour lantern quietly";
			HttpResponse<String> changed = browser.post("/login/password", "currentPassword", initialPassword,
					"newPassword", chosen, "confirmation", chosen);
			assertThat(Browser.location(changed)).endsWith("/login/second-factor/enrol");
			assertThat(Browser.location(browser.get("/admin"))).endsWith("/login/second-factor/enrol");

			Matcher secret = SECRET.matcher(browser.get("/login/second-factor/enrol").body());
			assertThat(secret.find()).isTrue();
			HttpResponse<String> enrolled = browser.post("/login/second-factor/enrol", "code",
					Totp.code(secret.group(1), Instant.now()));
			assertThat(enrolled.body()).contains("Your recovery codes");
			assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aLaterStartOpensNoSecondAdmin(@TempDir Path dataDir, CapturedOutput output) {
		start(dataDir).close();
		int printedAfterFirst = count(output.getOut());
		start(dataDir).close();
		assertThat(printedAfterFirst).isEqualTo(1);
		assertThat(count(output.getOut())).isEqualTo(1);
	}

	private static int count(String text) {
		return (int) PRINTED.matcher(text).results().count();
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// An empty database URL asks for the embedded default, whatever the test run
		// uses.
		return SpringApplication.run(TutelaApplication.class, "--server.port=0", "--tutela.data-dir=" + dataDir,
				"--spring.datasource.url=");
	}

}
