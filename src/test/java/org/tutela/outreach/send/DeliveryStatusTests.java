package org.tutela.outreach.send;

import org.junit.jupiter.api.Test;
import org.tutela.outreach.Bounce;

import static org.assertj.core.api.Assertions.assertThat;

/** Delivery status notifications in the format of RFC 3464, section 2.3. */
class DeliveryStatusTests {

	private static final String REPORT = """
			Reporting-MTA: dns; mail.example.net
			Arrival-Date: Mon, 23 Nov 2026 09:02:11 +0100

			Final-Recipient: rfc822; gone@example.org
			Action: failed
			Status: 5.1.1
			Remote-MTA: dns; mx.example.org
			Diagnostic-Code: smtp; 550 5.1.1 User unknown

			Final-Recipient: rfc822;busy@example.org
			Action: delayed
			Status: 4.4.1

			Final-Recipient: rfc822; full@example.org
			Action: failed
			Status: 4.2.2
			""";

	@Test
	void aFailedDeliveryWithAPermanentStatusIsAHardBounce() {
		assertThat(DeliveryStatus.read(REPORT)).containsExactly(new Bounce("gone@example.org", true),
				new Bounce("full@example.org", false));
	}

	@Test
	void aReportWithoutRecipientsHasNoBounces() {
		assertThat(DeliveryStatus.read("Reporting-MTA: dns; mail.example.net\n")).isEmpty();
	}

}
