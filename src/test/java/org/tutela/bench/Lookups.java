package org.tutela.bench;

import java.util.Locale;

/** A Markdown table row of lookup times: the nearest-rank 50th and 95th percentiles of sorted milliseconds. */
final class Lookups {

	private Lookups() {
	}

	static String row(String name, double[] sorted) {
		return String.format(Locale.ROOT, "| %s | %.2f | %.2f |", name, percentile(sorted, 50), percentile(sorted, 95));
	}

	static double percentile(double[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(rank - 1, 0)];
	}

}
