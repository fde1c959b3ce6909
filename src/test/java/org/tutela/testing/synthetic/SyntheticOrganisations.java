package org.tutela.testing.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.tutela.people.Address;
import org.tutela.people.CompanyType;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;

/**
 * Synthetic client organisations: Belgian and Dutch company names, valid enterprise
 * numbers (unique per index), an address, a company type and sometimes a membership.
 * Organisation {@code n} of a seed is always the same.
 */
public final class SyntheticOrganisations {

	private static final List<String> TRADES = List.of("Bouw", "Transport", "Schoonmaak", "Metaal", "Logistiek",
			"Elektro", "Construction", "Nettoyage", "Zorg", "Voeding", "Chimie", "Installatie");

	private static final List<String> BELGIAN_CITIES = List.of("Gent|9000", "Antwerpen|2000", "Leuven|3000",
			"Brugge|8000", "Hasselt|3500", "Liège|4000", "Namur|5000", "Charleroi|6000", "Mons|7000", "Brussel|1000");

	private static final List<String> DUTCH_CITIES = List.of("Utrecht|3511", "Rotterdam|3011", "Eindhoven|5611",
			"Zwolle|8011", "Breda|4811");

	private static final List<String> FORMS = List.of("NV", "BV", "BVBA", "SRL", "SA", "CV");

	private final long seed;

	public SyntheticOrganisations(long seed) {
		this.seed = seed;
	}

	public NewOrganisation organisation(long index) {
		SplittableRandom random = new SplittableRandom(this.seed * 0xBF58476D1CE4E5B9L + index);
		boolean dutch = random.nextInt(5) == 0;
		String[] city = (dutch ? DUTCH_CITIES : BELGIAN_CITIES)
			.get(random.nextInt((dutch ? DUTCH_CITIES : BELGIAN_CITIES).size()))
			.split("\\|");
		String name = TRADES.get(random.nextInt(TRADES.size())) + " " + city[0] + " " + (index + 1) + " "
				+ FORMS.get(random.nextInt(FORMS.size()));
		boolean member = random.nextInt(3) == 0;
		LocalDate since = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
		Address address = new Address("Industrieweg " + (1 + random.nextInt(200)), city[1], city[0],
				dutch ? "NL" : "BE");
		return new NewOrganisation(name, dutch ? null : enterpriseNumber(index), "C" + (100_000 + index),
				CompanyType.values()[random.nextInt(CompanyType.values().length)], address, address,
				member ? MembershipStatus.MEMBER : MembershipStatus.NONE, member ? since : null, null, since, null);
	}

	/**
	 * A valid enterprise number from the index: a leading 0, seven digits, and the check
	 * digits {@code 97 - (first eight mod 97)} (see
	 * {@code people.identifier.EnterpriseNumber}).
	 */
	static String enterpriseNumber(long index) {
		long first = 1_000_000L + index % 9_000_000L;
		return String.format("%08d%02d", first, 97 - first % 97);
	}

}
