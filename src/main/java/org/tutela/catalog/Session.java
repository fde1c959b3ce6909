package org.tutela.catalog;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * One run of a course: its days and hours, where (a room, or online), how many
 * participants it takes and, when it has one, how many it needs to go ahead, its
 * language, who teaches it (staff accounts), and whether the organiser called it off.
 */
public record Session(UUID id, Course course, LocalDate firstDay, LocalDate lastDay, LocalTime startsAt,
		LocalTime endsAt, @Nullable Room room, boolean online, int capacity, @Nullable Integer minimum, String language,
		@JsonIgnore List<UUID> trainers, boolean cancelled) {

	public Session {
		trainers = List.copyOf(trainers);
	}

	/** The days it takes place, first to last. */
	public List<LocalDate> days() {
		return this.firstDay.datesUntil(this.lastDay.plusDays(1)).toList();
	}

	public boolean over(LocalDate today) {
		return this.lastDay.isBefore(today);
	}

}
