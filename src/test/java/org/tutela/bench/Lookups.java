package org.tutela.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Lookups one at a time: their times in milliseconds, sorted, after a warm-up, and a
 * Markdown table row of their nearest-rank 50th and 95th percentiles.
 */
final class Lookups {

	private static final int WARM_UP = 200;

	private Lookups() {
	}

	static String row(String name, double[] sorted) {
		return String.format(Locale.ROOT, "| %s | %.2f | %.2f |", name, percentile(sorted, 50), percentile(sorted, 95));
	}

	/**
	 * Runs the lookup once for each input, after a warm-up on inputs picked at random.
	 */
	static <T> double[] measure(List<T> inputs, Consumer<T> lookup) {
		SplittableRandom random = new SplittableRandom(inputs.size());
		for (int i = 0; i < WARM_UP; i++) {
			lookup.accept(inputs.get(random.nextInt(inputs.size())));
		}
		double[] millis = new double[inputs.size()];
		for (int i = 0; i < inputs.size(); i++) {
			long start = System.nanoTime();
			lookup.accept(inputs.get(i));
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	/**
	 * For work that changes what it touches, such as an erasure: each input is used once,
	 * the first fifth to warm up, the rest measured.
	 */
	static <T> double[] measureEach(List<T> inputs, Consumer<T> work) {
		int warmUp = inputs.size() / 5;
		inputs.subList(0, warmUp).forEach(work);
		List<T> measured = inputs.subList(warmUp, inputs.size());
		double[] millis = new double[measured.size()];
		for (int i = 0; i < measured.size(); i++) {
			long start = System.nanoTime();
			work.accept(measured.get(i));
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	static double percentile(double[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(rank - 1, 0)];
	}

}
