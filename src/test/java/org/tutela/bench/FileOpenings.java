package org.tutela.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
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

	/**
	 * {@code VACUUM ANALYZE} after the load: as on tables that have lived a while, the
	 * rows' hint bits and the visibility map are set, and no autovacuum of the fresh rows
	 * runs during the first openings. Its seconds.
	 */
	static double vacuum(JdbcTemplate jdbc) {
		long start = System.nanoTime();
		jdbc.execute("VACUUM ANALYZE");
		return (System.nanoTime() - start) / 1e9;
	}

	/**
	 * The openings' Markdown table, one row per way of opening, files drawn at random.
	 */
	static Table table(List<String> lines, String heading, long seed, int files) {
		return new Table(lines, heading, new SplittableRandom(seed), files);
	}

	/** A Markdown table of the tables' rows and sizes, after a blank line. */
	static void sizes(List<String> lines, JdbcTemplate jdbc, String... tables) {
		lines.add("");
		lines.add("| Table | Rows | Table | Indexes |");
		lines.add("|---|---:|---:|---:|");
		for (String table : tables) {
			lines.add(size(jdbc, table));
		}
	}

	static String row(String name, double[] sorted) {
		return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |", name, Lookups.percentile(sorted, 50),
				Lookups.percentile(sorted, 95), Lookups.percentile(sorted, 99));
	}

	/** A Markdown row: the table's rows, and the size of the table and of its indexes. */
	private static String size(JdbcTemplate jdbc, String table) {
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

	/**
	 * The openings' rows as they are measured, and, when they are done, the machine's
	 * load average before and after them.
	 */
	static final class Table {

		private final List<String> lines;

		private final SplittableRandom random;

		private final int files;

		private final double loadBefore;

		private Table(List<String> lines, String heading, SplittableRandom random, int files) {
			this.lines = lines;
			this.random = random;
			this.files = files;
			lines.add("| " + heading + " | p50 ms | p95 ms | p99 ms |");
			lines.add("|---|---:|---:|---:|");
			this.loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		}

		Table row(String name, IntConsumer opening) {
			this.lines.add(FileOpenings.row(name, measure(this.random, this.files, opening)));
			return this;
		}

		void end() {
			this.lines.add("");
			this.lines.add(String.format(Locale.ROOT,
					"System load average over the last minute: %.1f before the lookups, %.1f after (%d processors).",
					this.loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
					Runtime.getRuntime().availableProcessors()));
		}

	}

	static void check(int found, String what) {
		if (found != 1) {
			throw new IllegalStateException("Expected exactly one " + what + ", found " + found);
		}
	}

}
