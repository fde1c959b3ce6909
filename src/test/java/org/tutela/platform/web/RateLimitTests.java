package org.tutela.platform.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.tutela.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in attempts and public form posts from one address are limited per minute (ASVS
 * 6.3.1, SKI-11).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.rate-limit.per-minute=3")
@Import(Http.class)
class RateLimitTests {

	@Autowired
	Http http;

	@Test
	void signInAttemptsBeyondTheLimitGet429WithRetryAfter_ASVS_6_3_1() {
		for (int i = 0; i < 3; i++) {
			assertThat(attempt().statusCode()).isNotEqualTo(429);
		}
		HttpResponse<String> limited = this.http.postForm("/login", "username=x&password=y", "Accept", "text/html");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
		assertThat(limited.body()).contains("Too many attempts");
		assertThat(this.http.get("/login").statusCode()).as("reading a page is not limited").isEqualTo(200);
	}

	@Test
	void subscriptionsFromOneAddressAreLimitedAcrossAllLists_SKI11() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.http.postForm("/subscribe/list-" + i, "email=x%40example.org").statusCode())
				.isNotEqualTo(429);
		}
		assertThat(this.http.postForm("/subscribe/another-list", "email=x%40example.org").statusCode()).isEqualTo(429);
	}

	@Test
	void aRotatingXForwardedForFromAnAddressThatIsNoTrustedProxyChangesNothing_ASVS_6_3_1() {
		for (int i = 0; i < 3; i++) {
			assertThat(linkRequest("203.0.113." + i).statusCode()).isNotEqualTo(429);
		}
		assertThat(linkRequest("203.0.113.99").statusCode()).as("the connection's own address is counted")
			.isEqualTo(429);
	}

	private HttpResponse<String> linkRequest(String forwardedFor) {
		return this.http.postForm("/login/link", "email=x%40example.org", "X-Forwarded-For", forwardedFor);
	}

	private HttpResponse<String> attempt() {
		return this.http.postForm("/login", "username=x&password=y");
	}

}
