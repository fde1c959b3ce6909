package org.tutela.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A run of the retention sweeps, for real or as a dry run, with a line per rule. */
public record SweepRun(UUID id, boolean dryRun, boolean scheduled, Instant startedAt, @Nullable Instant finishedAt,
		RunOutcome outcome, List<SweepLine> lines) {

	public SweepRun {
		lines = List.copyOf(lines);
	}

	public long reached() {
		return this.lines.stream().mapToLong(SweepLine::reached).sum();
	}

	public long held() {
		return this.lines.stream().mapToLong(SweepLine::held).sum();
	}

}
