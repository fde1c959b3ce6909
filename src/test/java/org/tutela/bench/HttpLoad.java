package org.tutela.bench;

import java.io.IOException;
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
import java.util.stream.LongStream;

/**
 * Sends a scenario's GETs to one loopback URL from concurrent clients, each with its own
 * connection, until the requests are used up or the time limit has passed, whichever comes
 * first, so that a slow or hanging application cannot keep a run going.
 */
final class HttpLoad {

	private HttpLoad() {
	}

	static Result run(URI base, Scenario scenario, Duration limit) throws Exception {
		URI target = base.resolve(scenario.path());
		requireLoopback(target);
		HttpRequest request = HttpRequest.newBuilder(target).timeout(limit).GET().build();
		AtomicInteger tickets = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(scenario.clients());
		try {
			long start = System.nanoTime();
			long deadline = start + limit.toNanos();
			List<Future<long[]>> running = new ArrayList<>();
			for (int i = 0; i < scenario.clients(); i++) {
				running.add(clients.submit(() -> drive(request, scenario.requests(), tickets, errors, deadline)));
			}
			List<long[]> latencies = new ArrayList<>();
			for (Future<long[]> client : running) {
				latencies.add(client.get());
			}
			long elapsed = System.nanoTime() - start;
			long[] all = latencies.stream().flatMapToLong(LongStream::of).sorted().toArray();
			return new Result(all, errors.get(), elapsed);
		}
		finally {
			clients.shutdownNow();
		}
	}

	// A load generator must never be pointed at someone else's server.
	private static void requireLoopback(URI target) throws UnknownHostException {
		if (!InetAddress.getByName(target.getHost()).isLoopbackAddress()) {
			throw new IllegalArgumentException("Only loopback addresses may be loaded: " + target);
		}
	}

	/** One client: takes request tickets until none are left or time is up; returns its latencies. */
	private static long[] drive(HttpRequest request, int requests, AtomicInteger tickets, AtomicInteger errors,
			long deadline) throws InterruptedException {
		// HTTP/1.1 as a browser on plain http would speak it, without an h2c upgrade attempt.
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		long[] latencies = new long[requests];
		int answered = 0;
		while (System.nanoTime() < deadline && tickets.getAndIncrement() < requests) {
			long sent = System.nanoTime();
			try {
				// The body is read in full, as a real client would, and thrown away.
				HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
				latencies[answered++] = System.nanoTime() - sent;
				if (response.statusCode() / 100 != 2) {
					errors.incrementAndGet();
				}
			}
			catch (IOException ex) {
				errors.incrementAndGet();
			}
		}
		return Arrays.copyOf(latencies, answered);
	}

	/** What a run achieved; latencies are sorted, in nanoseconds, one per answered request. */
	record Result(long[] latencies, int errors, long elapsedNanos) {

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
