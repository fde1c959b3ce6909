package org.tutela.incidents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tutela.register.PolicyPack.Clocks;
import org.tutela.register.Register;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the six packs carries the breach clocks its privacy policy promises: every
 * organisation tells the authority within 72 hours (GDPR Art. 33(1)); the prevention
 * service (MEN-23) and the medical-inspection service (CER-12, as MEN-23) also contact
 * their clients within 48 hours to decide together. No other pack promises a client
 * clock.
 */
class BreachClocksOfEveryPackTests {

	@ParameterizedTest
	@CsvSource({ "training-company, 72, 0", "prevention-service, 72, 48", "medical-inspection, 72, 48",
			"hr-network, 72, 0", "online-academy, 72, 0", "quality-network, 72, 0" })
	void eachPackCarriesTheBreachClocksItsPolicyPromises_MEN23_CER12(String pack, int authority, int clients) {
		Clocks clocks = Register.shipped(pack).clocks();
		assertThat(clocks.breachAuthorityHours()).isEqualTo(authority);
		assertThat(clocks.breachClientsHours()).isEqualTo(clients);
	}

}
