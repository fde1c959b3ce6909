package org.tutela.incidents.breach;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tutela.incidents.BreachRisk;

/** A breach whose every field keeps its rule, ready to be stored. */
public record CheckedBreach(String title, String whatHappened, @Nullable Instant beganAt, Instant discoveredAt,
		String dataCategories, String personCategories, @Nullable Integer persons, @Nullable Integer records,
		@Nullable String consequences, @Nullable String measuresTaken, @Nullable String measuresPlanned,
		BreachRisk risk, String reasoning) {
}
