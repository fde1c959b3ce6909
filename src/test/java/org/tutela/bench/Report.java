package org.tutela.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one bench run as Markdown, with the machine they were measured on. */
final class Report {

	private final List<String> scenarios = new ArrayList<>();

	private final List<String> figures = new ArrayList<>();

	private boolean errors;

	void scenario(Scenario scenario, HttpLoad.Result result) {
		this.errors |= result.errors() > 0;
		this.scenarios.add(String.format(Locale.ROOT,
				"| %s | `GET %s` | %d | %d of %d | %d | %.0f | %.2f | %.2f | %.2f |", scenario.name(), scenario.path(),
				scenario.clients(), result.answered(), scenario.requests(), result.errors(), result.perSecond(),
				result.percentileMillis(50), result.percentileMillis(95), result.percentileMillis(99)));
	}

	void figure(String name, double value) {
		this.figures.add(String.format(Locale.ROOT, "| %s | %.1f |", name, value));
	}

	boolean hasErrors() {
		return this.errors;
	}

	String markdown() {
		Runtime runtime = Runtime.getRuntime();
		return String.join("\n",
				String.format(Locale.ROOT, "Java %s (%s), %d processors, max heap %d MiB%n",
						System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"),
						runtime.availableProcessors(), runtime.maxMemory() / 1048576),
				"| Scenario | Request | Clients | Answered | Errors | Requests/s | p50 ms | p95 ms | p99 ms |",
				"|---|---|---:|---:|---:|---:|---:|---:|---:|", String.join("\n", this.scenarios), "",
				"| Figure | Value |", "|---|---:|", String.join("\n", this.figures), "");
	}

}
