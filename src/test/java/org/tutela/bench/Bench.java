package org.tutela.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.TutelaApplication;

/**
 * Starts Tutela in this JVM on a fresh embedded database, measures its start-up, puts
 * each scenario under load over real HTTP, and writes the figures as a Markdown table to
 * {@code target/bench/results.md}. Run with {@code ./mvnw -Pbench verify -DskipTests};
 * see docs/performance.md.
 */
public final class Bench {

	private static final List<Scenario> SCENARIOS = List.of(new Scenario("Health", "/actuator/health", 4, 4000),
			new Scenario("Course list (API)", "/api/v1/courses", 4, 4000),
			new Scenario("Public home page", "/", 4, 4000));

	// Enough to load the classes and let the JIT compile the request path before
	// measuring.
	private static final int WARM_UP_REQUESTS = 500;

	private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

	private static final Path RESULTS = Path.of("target", "bench", "results.md");

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		// A database named by the environment would be migrated and measured instead of
		// the embedded default.
		if (System.getenv("SPRING_DATASOURCE_URL") != null || System.getProperty("spring.datasource.url") != null) {
			throw new IllegalStateException("Unset SPRING_DATASOURCE_URL: the bench brings its own embedded database.");
		}
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		// Under exec:java this JVM is Maven's: its own heap is measured first, to tell it
		// apart.
		long heapBefore = heapUsedAfterGc(memory);
		Path dataDir = Files.createTempDirectory("tutela-bench-");
		Report report = new Report();
		try {
			long start = System.nanoTime();
			try (ConfigurableApplicationContext app = start(dataDir)) {
				report.figure("Start-up, fresh database (s)", (System.nanoTime() - start) / 1e9);
				// The figures are only meaningful on the H2 file database of a first
				// start.
				String url = app.getEnvironment().getRequiredProperty("spring.datasource.url");
				if (!url.startsWith("jdbc:h2:file:" + dataDir.toAbsolutePath())) {
					throw new IllegalStateException("Not on the fresh embedded database: " + url);
				}
				URI base = URI
					.create("http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort());
				for (Scenario scenario : SCENARIOS) {
					HttpLoad.run(base, scenario.warmUp(WARM_UP_REQUESTS), TIME_LIMIT);
					report.scenario(scenario, HttpLoad.run(base, scenario, TIME_LIMIT));
				}
				new AuditBench(app).run(report);
				report.figure("Heap used before start, after GC (MiB)", heapBefore / 1048576.0);
				report.figure("Heap used after the run, after GC (MiB)", heapUsedAfterGc(memory) / 1048576.0);
			}
		}
		finally {
			deleteRecursively(dataDir);
		}
		String markdown = report.markdown();
		Files.createDirectories(RESULTS.getParent());
		Files.writeString(RESULTS, markdown);
		System.out.println(markdown);
		if (report.hasErrors()) {
			throw new IllegalStateException("Some requests failed; the figures above are not valid.");
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// No spring.datasource.url, not even empty: an empty one outranks Tutela's H2
		// file default and
		// gives Spring Boot's in-memory database instead.
		return SpringApplication.run(TutelaApplication.class, "--server.port=0", "--tutela.data-dir=" + dataDir,
				// The test resources on this classpath turn demo data off; a real first
				// start loads it.
				"--tutela.demo-data.enabled=true",
				// The audit bench seals explicitly, to measure sealing on its own.
				"--tutela.audit.seal-interval=1h");
	}

	private static long heapUsedAfterGc(MemoryMXBean memory) {
		memory.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
