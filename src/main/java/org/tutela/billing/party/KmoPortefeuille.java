package org.tutela.billing.party;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organiser's registration as a service provider of the KMO-portefeuille, the Flemish
 * SME wallet through which a client may pay for training: "DV." with O for training or A
 * for advice and six digits, as VLAIO gives it. The provider's documents carry it, so an
 * invoice paid through the wallet names it beside the client's project number. A value
 * that breaks the rule stops the start, naming the setting.
 */
@Component
public class KmoPortefeuille {

	private static final Pattern REGISTRATION = Pattern.compile("DV\\.[OA]\\d{6}");

	private final @Nullable String registration;

	KmoPortefeuille(@Value("${tutela.billing.seller.kmo-portefeuille-number:}") String registration) {
		String given = registration.strip().toUpperCase(Locale.ROOT);
		if (!given.isEmpty() && !REGISTRATION.matcher(given).matches()) {
			throw new IllegalStateException(
					"tutela.billing.seller.kmo-portefeuille-number is DV.O or DV.A followed by six digits");
		}
		this.registration = given.isEmpty() ? null : given;
	}

	/** The provider's registration number, if the organiser has one. */
	public @Nullable String registration() {
		return this.registration;
	}

}
