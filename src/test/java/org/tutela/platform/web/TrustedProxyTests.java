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
 * Behind a configured reverse proxy, the client it forwards for is the one counted: the
 * last address in {@code X-Forwarded-For} that is not a trusted proxy, so a client that
 * writes its own header in front gains nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tutela.rate-limit.per-minute=3", "tutela.trusted-proxies=127.0.0.1, 10.0.0.0/8" })
@Import(Http.class)
class TrustedProxyTests {

	@Autowired
	Http http;

	@Test
	void eachClientBehindATrustedProxyHasItsOwnLimitAndCannotDodgeItByWritingTheHeader_ASVS_6_3_1() {
		for (int i = 0; i < 3; i++) {
			assertThat(post("198.51.100.7, 10.1.2.3").statusCode()).isNotEqualTo(429);
		}
		assertThat(post("198.51.100.8").statusCode()).as("another client").isNotEqualTo(429);
		assertThat(post("203.0.113." + 5 + ", 198.51.100.7, 10.1.2.3").statusCode())
			.as("the client wrote an address in front of its own")
			.isEqualTo(429);
	}

	private HttpResponse<String> post(String forwardedFor) {
		return this.http.postForm("/login", "username=x&password=y", "X-Forwarded-For", forwardedFor);
	}

}
