package org.tutela.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;

/**
 * Load from concurrent clients until the attempts are used up or the time limit has
 * passed, whichever comes first, so that a slow or hanging application cannot keep a run
 * going: a scenario's GETs to one loopback URL, each client on its own connection, or any
 * other attempt (a POST with a body of its own, a service call).
 */
final class HttpLoad {

	private HttpLoad() {
	}

	static Result run(URI base, Scenario scenario, Duration limit) throws Exception {
		URI target = base.resolve(scenario.path());
		requireLoopback(target);
		HttpRequest request = HttpRequest.newBuilder(target).timeout(limit).GET().build();
		// HTTP/1.1 as a browser on plain http would speak it, without an h2c upgrade
		// attempt; a connection per client.
		ThreadLocal<HttpClient> clients = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build());
		// The body is read in full, as a real client would, and thrown away.
		return run(scenario.clients(), scenario.requests(), limit,
				() -> clients.get().send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2);
	}

	/**
	 * Runs the attempt from concurrent clients until the attempts are used up or the time
	 * limit has passed; an attempt that answers false or throws counts as an error.
	 */
	static Result run(int clients, int attempts, Duration limit, Attempt attempt) throws Exception {
		AtomicInteger tickets = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<String> firstError = new AtomicReference<>();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			long start = System.nanoTime();
			long deadline = start + limit.toNanos();
			List<Future<long[]>> running = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				running.add(pool.submit(() -> drive(attempt, attempts, tickets, errors, firstError, deadline)));
			}
			List<long[]> latencies = new ArrayList<>();
			for (Future<long[]> client : running) {
				latencies.add(client.get());
			}
			long elapsed = System.nanoTime() - start;
			long[] all = latencies.stream().flatMapToLong(LongStream::of).sorted().toArray();
			return new Result(all, errors.get(), firstError.get(), elapsed);
		}
		finally {
			pool.shutdownNow();
		}
	}

	// A load generator must never be pointed at someone else's server.
	private static void requireLoopback(URI target) throws UnknownHostException {
		if (!InetAddress.getByName(target.getHost()).isLoopbackAddress()) {
			throw new IllegalArgumentException("Only loopback addresses may be loaded: " + target);
		}
	}

	/**
	 * One client: takes tickets until none are left or time is up; returns its latencies.
	 */
	private static long[] drive(Attempt attempt, int attempts, AtomicInteger tickets, AtomicInteger errors,
			AtomicReference<String> firstError, long deadline) {
		long[] latencies = new long[attempts];
		int answered = 0;
		while (System.nanoTime() < deadline && tickets.getAndIncrement() < attempts) {
			long sent = System.nanoTime();
			boolean ok;
			try {
				ok = attempt.run();
			}
			catch (Exception failed) {
				ok = false;
				firstError.compareAndSet(null, failed.toString());
			}
			latencies[answered++] = System.nanoTime() - sent;
			if (!ok) {
				errors.incrementAndGet();
			}
		}
		return Arrays.copyOf(latencies, answered);
	}

	/** One request or call of a run; false or an exception is an error. */
	@FunctionalInterface
	interface Attempt {

		boolean run() throws Exception;

	}

	/**
	 * What a run achieved; latencies are sorted, in nanoseconds, one per answered
	 * request.
	 */
	record Result(long[] latencies, int errors, @Nullable String firstError, long elapsedNanos) {

		int answered() {
			return this.latencies.length;
		}

		double perSecond() {
			return this.latencies.length / (this.elapsedNanos / 1e9);
		}

		/** Nearest-rank percentile, in milliseconds. */
		double percentileMillis(double percent) {
			if (this.latencies.length == 0) {
				return Double.NaN;
			}
			int rank = (int) Math.ceil(percent / 100 * this.latencies.length);
			return this.latencies[Math.max(rank, 1) - 1] / 1e6;
		}

	}

}
