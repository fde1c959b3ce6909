package org.tutela.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's SQL names only the tables it declares in its {@code privacy} package; it
 * asks other modules' APIs for the rest. The few reads of another module's tables are
 * listed here, each with its reason, and the list holds no entry the code no longer
 * needs.
 */
class ForeignTablesTests {

	private static final Path SOURCES = Path.of("src", "main", "java", "org", "tutela");

	private static final Pattern DECLARED = Pattern
		.compile("(?:about\\(DataSubject\\.[A-Z_]+, |withoutPersonalData\\()\"([a-z_]+)\"");

	private static final Pattern NAMED_IN_SQL = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");

	/**
	 * Source file, below the modules' root, and the other modules' tables it may read,
	 * with why.
	 */
	private static final Map<String, Set<String>> ALLOWED = Map.of(
			// A campaign's audience of a million persons is one read-only pass over
			// subscriptions,
			// current choices and persons, rather than a call per person.
			"outreach/send/Audiences.java", Set.of("consent_current", "people_person", "people_contact_point"),
			// The same for an ad audience: consenting, unrestricted persons and their
			// addresses.
			"outreach/AdAudiences.java", Set.of("consent_current", "people_person", "people_contact_point"),
			// A subscription whose consent was withdrawn is due for deletion, in one
			// set-based sweep, and leaves its address suppressed for the list.
			"outreach/privacy/ExpiringSubscriptions.java", Set.of("consent_current"),
			// The session's row is locked while its last place is taken, and
			// registrations are found by the sessions' days, in one query each.
			"enrolment/registration/RegistrationStore.java", Set.of("catalog_session"),
			// A trainer's need to know of the participants of the sessions they teach.
			"enrolment/registration/TrainerRelations.java", Set.of("catalog_session_trainer"),
			// The persons a high-risk breach affects, chosen as everyone registered for a
			// session or on a list, are copied into those to tell in one INSERT … SELECT,
			// as an audience is: 100,000 persons in one pass, not a call each.
			"incidents/notice/PersonSources.java",
			Set.of("enrolment_registration", "outreach_subscription", "people_person"),
			// The same copy takes each person's language and whether they have an
			// address.
			"incidents/notice/AffectedPersonStore.java", Set.of("people_person", "people_contact_point"),
			// The network's records are due three years after the person's last contact
			// and not while they are restricted, read with the records in one set-based
			// sweep, as the people module's own sweep reads them.
			"network/privacy/ExpiringNetworkRecords.java", Set.of("people_person"));

	@Test
	void aModulesSqlNamesOnlyItsOwnTablesBesideTheListedReads() throws IOException {
		Map<String, String> owners = owners();
		Map<String, Set<String>> foreign = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			// Files in a module's package; the application class at the root belongs to
			// none.
			files.filter(file -> file.toString().endsWith(".java") && SOURCES.relativize(file).getNameCount() > 1)
				.forEach(file -> {
					String relative = SOURCES.relativize(file).toString().replace('\\', '/');
					String module = relative.substring(0, relative.indexOf('/'));
					Matcher named = NAMED_IN_SQL.matcher(read(file));
					while (named.find()) {
						String table = named.group(1).toLowerCase(Locale.ROOT);
						if (owners.containsKey(table) && !owners.get(table).equals(module)) {
							foreign.computeIfAbsent(relative, key -> new TreeSet<>()).add(table);
						}
					}
				});
		}

		assertThat(owners).as("the catalogue's tables, read from the privacy packages")
			.containsKeys("people_person", "enrolment_registration", "consent_choice");
		assertThat(foreign).as("reads of other modules' tables").isEqualTo(sorted(ALLOWED));
	}

	/** Each declared table and the module whose privacy package declares it. */
	private static Map<String, String> owners() throws IOException {
		Map<String, String> owners = new HashMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.getParent().getFileName().toString().equals("privacy"))
				.toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				Matcher declared = DECLARED.matcher(read(file));
				while (declared.find()) {
					owners.put(declared.group(1), module);
				}
			}
		}
		return owners;
	}

	private static Map<String, Set<String>> sorted(Map<String, Set<String>> allowed) {
		Map<String, Set<String>> sorted = new TreeMap<>();
		allowed.forEach((file, tables) -> sorted.put(file, new TreeSet<>(tables)));
		return sorted;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
