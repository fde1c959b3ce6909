package org.tutela.incidents;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A breach in the register (GDPR Art. 33(5)): what happened, when it began and was
 * discovered, which kinds of data and persons, about how many, the likely consequences,
 * the measures, and the risk assessment with its reasoning; with the submissions to the
 * authority and the clocks still running or done.
 */
public record Breach(UUID id, String reference, String title, String whatHappened, @Nullable Instant beganAt,
		Instant discoveredAt, String dataCategories, String personCategories, @Nullable Integer persons,
		@Nullable Integer records, @Nullable String consequences, @Nullable String measuresTaken,
		@Nullable String measuresPlanned, BreachRisk risk, String reasoning, @Nullable Instant clientsContactedAt,
		List<BreachSubmission> submissions, List<BreachClock> clocks) {

	public Breach {
		submissions = List.copyOf(submissions);
		clocks = List.copyOf(clocks);
	}

	public Optional<BreachClock> clock(BreachClock.Kind kind) {
		return this.clocks.stream().filter(clock -> clock.kind() == kind).findFirst();
	}

	/** Whether the authority has had the initial notification. */
	public boolean notified() {
		return !this.submissions.isEmpty();
	}

	/** The form as it would be typed again, for a change. */
	public BreachForm form(ZoneId zone) {
		return new BreachForm(this.title, this.whatHappened, typed(this.beganAt, zone), typed(this.discoveredAt, zone),
				this.dataCategories, this.personCategories, this.persons == null ? null : this.persons.toString(),
				this.records == null ? null : this.records.toString(), this.consequences, this.measuresTaken,
				this.measuresPlanned, this.risk.name(), this.reasoning);
	}

	private static @Nullable String typed(@Nullable Instant moment, ZoneId zone) {
		return moment == null ? null : moment.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
	}

}
