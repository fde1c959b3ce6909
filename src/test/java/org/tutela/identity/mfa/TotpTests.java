package org.tutela.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-time passwords against the published test vectors. */
class TotpTests {

	// RFC 6238, Appendix B: the SHA-1 seed is the ASCII text "12345678901234567890".
	private static final String SEED = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@Test
	void codesMatchTheRfc6238TestVectorsInTheirLastSixDigits() {
		assertThat(Totp.code(SEED, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.code(SEED, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(Totp.code(SEED, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
		assertThat(Totp.code(SEED, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
	}

	@Test
	void base32RoundTripsAsRfc4648Says() {
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(new String(Totp.unbase32("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
	}

	@Test
	void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
		String secret = Totp.newSecret();
		Instant now = Instant.ofEpochSecond(1_800_000_000L);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now.minusSeconds(30)), now)).isPresent();
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now.plusSeconds(30)), now)).isPresent();
		assertThat(Totp.matchingStep(secret, Totp.code(secret, now.minusSeconds(90)), now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "not a code", now)).isEmpty();
	}

}
