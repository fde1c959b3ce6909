package org.tutela.billing.party;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tutela.billing.BillingDetails;
import org.tutela.platform.problem.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client's KMO-portefeuille project is refused while the organiser has no registration
 * with the wallet for the invoice to name, and a registration that is not DV.O or DV.A
 * with six digits stops the start, naming the setting.
 */
class KmoPortefeuilleTests {

	private static final BillingDetails WITH_PROJECT = new BillingDetails(null, null, null, null, null, null, null,
			"nl", "KMO-2026/48215");

	@Test
	void aProjectIsRefusedWhileTheOrganiserHasNoRegistration() {
		PartyChecks checks = new PartyChecks(new KmoPortefeuille(""));

		assertThatThrownBy(() -> checks.check(WITH_PROJECT)).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.byField())
					.containsExactlyEntriesOf(Map.of("kmoProject", "billing.kmo-project.no-registration")));
	}

	@Test
	void aProjectIsKeptWhenTheOrganiserIsRegistered() {
		PartyChecks checks = new PartyChecks(new KmoPortefeuille(" dv.o104567 "));

		assertThat(checks.check(WITH_PROJECT).kmoProject()).isEqualTo("KMO-2026/48215");
	}

	@Test
	void aRegistrationOfAnotherShapeStopsTheStart() {
		assertThatThrownBy(() -> new KmoPortefeuille("DV.X104567")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("tutela.billing.seller.kmo-portefeuille-number");
		assertThatThrownBy(() -> new KmoPortefeuille("DV.O1045")).isInstanceOf(IllegalStateException.class);
	}

}
