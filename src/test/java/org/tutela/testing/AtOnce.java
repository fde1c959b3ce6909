package org.tutela.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The same work on two threads released at the same instant, as two copies of a form a
 * browser sends at once.
 */
public final class AtOnce {

	private AtOnce() {
	}

	/** Runs the work twice at once; what each run threw, none when both succeeded. */
	public static List<Throwable> twice(Runnable work) throws InterruptedException {
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Throwable> failures = new ArrayList<>();
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int copy = 0; copy < 2; copy++) {
				runs.add(threads.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					work.run();
					return null;
				}));
			}
			for (Future<?> run : runs) {
				try {
					run.get(60, TimeUnit.SECONDS);
				}
				catch (ExecutionException failed) {
					failures.add(failed.getCause());
				}
				catch (java.util.concurrent.TimeoutException stuck) {
					failures.add(stuck);
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
		return failures;
	}

}
