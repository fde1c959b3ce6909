package org.tutela.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** A session ends after the absolute limit however busy it was (ASVS 7.3.2). */
class SessionLifetimeTests {

	@Test
	void aSessionOlderThanTheAbsoluteLimitIsEndedAndSentToSignIn_ASVS_7_3_2() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Instant created = Instant.ofEpochMilli(session.getCreationTime());

		MockHttpServletResponse young = run(session, created.plus(Duration.ofHours(11)));
		assertThat(young.getRedirectedUrl()).isNull();
		assertThat(session.isInvalid()).isFalse();

		MockHttpServletResponse old = run(session, created.plus(Duration.ofHours(12)).plusSeconds(1));
		assertThat(old.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(session.isInvalid()).isTrue();
	}

	private static MockHttpServletResponse run(MockHttpSession session, Instant now) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SessionLifetime(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC)).doFilter(request, response,
				new MockFilterChain());
		return response;
	}

}
