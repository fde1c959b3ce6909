package org.tutela.testing.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.tutela.people.IdentifierKind;
import org.tutela.people.NewContact;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
import org.tutela.people.Provenance;

/**
 * Synthetic persons for tests and benches: Belgian (Flemish and Walloon) and Dutch names,
 * valid national register numbers and BSNs, unique e-mail addresses under the reserved
 * example domains (RFC 2606) and valid mobile numbers. Person {@code n} of a seed is
 * always the same, so a bench can look up a person it loaded without keeping a list, and
 * identifiers never repeat within a seed (up to {@link #CAPACITY} persons).
 */
public final class SyntheticPeople {

	/**
	 * Distinct national numbers: one per birth day in 70 years times 997 serial numbers.
	 */
	public static final long CAPACITY = 25_567L * 997;

	private static final LocalDate FIRST_BIRTH_DAY = LocalDate.of(1950, 1, 1);

	private static final int BIRTH_DAYS = 25_567;

	// A prime that does not divide CAPACITY, so index -> position is one-to-one.
	private static final long SPREAD = 2_147_483_629L;

	private static final List<String> FLEMISH_FIRST = List.of("Jan", "Pieter", "Luc", "Koen", "Tom", "Bart", "Wim",
			"Dirk", "Stijn", "Jeroen", "Lars", "Arne", "Wout", "Senne", "An", "Els", "Sofie", "Lien", "Katrien", "Nele",
			"Ilse", "Lotte", "Fien", "Marie", "Hanne", "Elke", "Griet", "Jolien");

	private static final List<String> WALLOON_FIRST = List.of("Jean", "Pierre", "Michel", "Philippe", "Olivier",
			"Julien", "Maxime", "Nicolas", "Thomas", "Antoine", "Marie", "Nathalie", "Isabelle", "Sophie", "Camille",
			"Chloé", "Julie", "Aurélie", "Céline", "Élodie");

	private static final List<String> DUTCH_FIRST = List.of("Daan", "Sem", "Luuk", "Bram", "Thijs", "Jesse", "Ruben",
			"Sander", "Joris", "Anouk", "Sanne", "Femke", "Lisa", "Eva", "Iris", "Fleur", "Marloes", "Esther");

	private static final List<String> FLEMISH_LAST = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens",
			"Willems", "Claes", "Goossens", "Wouters", "De Smet", "Vermeulen", "Van den Bossche", "Hermans", "Aerts",
			"Lambrechts", "De Clercq", "Verhoeven", "Claeys", "Desmet", "Van Damme", "Pauwels", "Smets", "Coppens");

	private static final List<String> WALLOON_LAST = List.of("Dubois", "Lambert", "Dupont", "Martin", "Simon",
			"Laurent", "Leclercq", "Lejeune", "Renard", "Collignon", "Denis", "Lemaire", "Gilson", "François", "Piron",
			"Delvaux", "Mathieu", "Henrard");

	private static final List<String> DUTCH_LAST = List.of("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker",
			"van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
			"van Leeuwen", "Dekker");

	private static final List<String> FUNCTIONS = List.of("Preventieadviseur", "HR-medewerker", "Ploegbaas",
			"Magazijnier", "Conseiller en prévention", "Chef d'équipe", "Elektricien", "Heftruckchauffeur",
			"Office manager", "Veiligheidskundige");

	private final long seed;

	public SyntheticPeople(long seed) {
		this.seed = seed;
	}

	/** The person with this index: the same for the same seed, every time. */
	public Synthetic person(long index) {
		if (index < 0 || index >= CAPACITY) {
			throw new IllegalArgumentException("Index out of range: " + index);
		}
		SplittableRandom random = new SplittableRandom(this.seed * 0x9E3779B97F4A7C15L + index);
		int origin = random.nextInt(10);
		boolean dutch = origin >= 8;
		boolean walloon = origin >= 5 && !dutch;
		String first = pick(random, dutch ? DUTCH_FIRST : walloon ? WALLOON_FIRST : FLEMISH_FIRST);
		String last = pick(random, dutch ? DUTCH_LAST : walloon ? WALLOON_LAST : FLEMISH_LAST);
		long position = Math.floorMod(index * SPREAD + this.seed, CAPACITY);
		LocalDate born = FIRST_BIRTH_DAY.plusDays(position % BIRTH_DAYS);
		String email = (ascii(first) + "." + ascii(last) + "." + index + (dutch ? "@example.nl" : "@example.be"));
		String phone = dutch ? "+3161" + digits(index, 7) : "+32470" + digits(index, 6);
		String identifier = dutch ? bsn(index) : nationalNumber(born, (int) (position / BIRTH_DAYS) + 1);
		String language = dutch ? "nl" : walloon ? "fr" : "nl";
		String function = random.nextInt(3) == 0 ? pick(random, FUNCTIONS) : null;
		NewPerson person = new NewPerson(first, null, last, born, language, function, Provenance.EMPLOYER,
				List.of(NewContact.business(email)), List.of(NewContact.business(phone)),
				List.of(new NewIdentifier(dutch ? IdentifierKind.BSN : IdentifierKind.NATIONAL_NUMBER, identifier)));
		return new Synthetic(person, email, identifier);
	}

	/** A generated person with the values a bench looks them up by. */
	public record Synthetic(NewPerson person, String email, String identifier) {
	}

	/**
	 * Belgian national register number: see {@code people.identifier.NationalNumber} for
	 * the rule.
	 */
	public static String nationalNumber(LocalDate born, int serial) {
		String first = String.format("%02d%02d%02d%03d", born.getYear() % 100, born.getMonthValue(),
				born.getDayOfMonth(), serial);
		long base = Long.parseLong(first) + (born.getYear() >= 2000 ? 2_000_000_000L : 0);
		return first + String.format("%02d", 97 - base % 97);
	}

	/**
	 * A BSN whose last seven digits before the check digit come from the index; the first
	 * is chosen to pass the eleven test.
	 */
	static String bsn(long index) {
		String middle = digits(index, 7);
		int rest = 0;
		for (int i = 0; i < 7; i++) {
			rest += (8 - i) * (middle.charAt(i) - '0');
		}
		for (int first = 1; first <= 9; first++) {
			int check = (9 * first + rest) % 11;
			if (check != 10) {
				return first + middle + check;
			}
		}
		throw new IllegalStateException("unreachable: 9 distinct remainders include one below 10");
	}

	private static String digits(long index, int length) {
		String text = Long.toString(index % (long) Math.pow(10, length));
		return "0".repeat(length - text.length()) + text;
	}

	private static String pick(SplittableRandom random, List<String> names) {
		return names.get(random.nextInt(names.size()));
	}

	private static String ascii(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z]", "")
			.toLowerCase(java.util.Locale.ROOT);
	}

}
