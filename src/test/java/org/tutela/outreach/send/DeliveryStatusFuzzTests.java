package org.tutela.outreach.send;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery status notification (RFC 3464) comes from any mail server: whatever it says,
 * reading it gives the bounces it reports, never a failure.
 */
class DeliveryStatusFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void anyReportIsReadIntoBounces(byte[] report) {
		assertThat(DeliveryStatus.read(new String(report, StandardCharsets.UTF_8))).isNotNull();
	}

}
