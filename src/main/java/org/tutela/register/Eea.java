package org.tutela.register;

import java.util.Set;

/**
 * The European Economic Area: the EU member states and Iceland, Liechtenstein and Norway.
 * Data leaving it needs a safeguard of GDPR Chapter V (adequacy, standard contractual
 * clauses, binding corporate rules).
 */
public final class Eea {

	private static final Set<String> COUNTRIES = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
			"DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
			"LI", "NO");

	/**
	 * The safeguards a transfer outside the EEA may rest on, as packs and records write
	 * them.
	 */
	public static final Set<String> SAFEGUARDS = Set.of("adequacy", "scc", "bcr");

	private Eea() {
	}

	/** Whether a country (ISO code) lies in the EEA. */
	public static boolean contains(String country) {
		return COUNTRIES.contains(country);
	}

}
