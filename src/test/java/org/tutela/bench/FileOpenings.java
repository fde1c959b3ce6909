package org.tutela.bench;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the benches that open one file among a million share: files drawn at random, one
 * caller at a time, 2,000 measured after 500 to warm up; a Markdown row of the 50th, 95th
 * and 99th percentiles; the size of a table; ids drawn from a seeded generator.
 */
final class FileOpenings {

	private static final int WARM_UP = 500;

	private static final int LOOKUPS = 2_000;

	private FileOpenings() {
	}

	/**
	 * Times the opening only; the file is drawn before the clock starts. Signing the
	 * reader in (setting the security context) is inside, and costs nanoseconds.
	 */
	static double[] measure(SplittableRandom random, int files, IntConsumer opening) {
		for (int i = 0; i < WARM_UP; i++) {
			opening.accept(random.nextInt(files));
		}
		double[] millis = new double[LOOKUPS];
		for (int i = 0; i < LOOKUPS; i++) {
			int file = random.nextInt(files);
			long start = System.nanoTime();
			opening.accept(file);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	static String row(String name, double[] sorted) {
		return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |", name, Lookups.percentile(sorted, 50),
				Lookups.percentile(sorted, 95), Lookups.percentile(sorted, 99));
	}

	/** A Markdown row: the table's rows, and the size of the table and of its indexes. */
	static String size(JdbcTemplate jdbc, String table) {
		long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return jdbc.queryForObject("SELECT format('| `%s` | %s | %s | %s |', ?::text, to_char(?::bigint, "
				+ "'FM9,999,999,999'), pg_size_pretty(pg_table_size(oid)), pg_size_pretty(pg_indexes_size(oid))) "
				+ "FROM pg_class WHERE relname = ?", String.class, table, rows, table);
	}

	/** A random (version 4) id, drawn from the seeded generator. */
	static UUID uuid(SplittableRandom random) {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	static void check(int found, String what) {
		if (found != 1) {
			throw new IllegalStateException("Expected exactly one " + what + ", found " + found);
		}
	}

}
