package org.tutela.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A session about to be planned; a session is in a room, online, or both. The minimum,
 * when given, is the number of participants it needs to go ahead, at most its capacity.
 */
public record NewSession(@NotNull UUID course, @NotNull LocalDate firstDay, @Nullable LocalDate lastDay,
		@NotNull LocalTime startsAt, @NotNull LocalTime endsAt, @Nullable UUID room, @Nullable Boolean online,
		@NotNull @Min(1) @Max(10_000) Integer capacity, @NotNull @Pattern(regexp = "en|nl|fr") String language,
		@Nullable List<UUID> trainers, @Nullable @Min(1) @Max(10_000) Integer minimum) {

	/** A session that needs no minimum number of participants. */
	public NewSession(UUID course, LocalDate firstDay, @Nullable LocalDate lastDay, LocalTime startsAt,
			LocalTime endsAt, @Nullable UUID room, @Nullable Boolean online, Integer capacity, String language,
			@Nullable List<UUID> trainers) {
		this(course, firstDay, lastDay, startsAt, endsAt, room, online, capacity, language, trainers, null);
	}

}
