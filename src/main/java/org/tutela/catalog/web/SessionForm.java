package org.tutela.catalog.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.util.MultiValueMap;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Session;

/**
 * A session's fields as a form shows them: as planned, as a new session starts, or as
 * typed.
 */
record SessionForm(String course, String firstDay, String lastDay, String startsAt, String endsAt, String room,
		boolean online, String capacity, String minimum, String language, List<String> trainers) {

	static SessionForm of(Session session) {
		return new SessionForm(session.course().id().toString(), session.firstDay().toString(),
				session.lastDay().toString(), session.startsAt().toString(), session.endsAt().toString(),
				session.room() == null ? "" : session.room().id().toString(), session.online(),
				String.valueOf(session.capacity()), session.minimum() == null ? "" : session.minimum().toString(),
				session.language(), session.trainers().stream().map(UUID::toString).toList());
	}

	/** A session about to be planned: a day from nine to half past four, for twelve. */
	static SessionForm planned() {
		return new SessionForm("", "", "", "09:00", "16:30", "", false, "12", "", "nl", List.of());
	}

	static SessionForm of(MultiValueMap<String, String> sent) {
		return new SessionForm(FormReading.typed(sent, "course"), FormReading.typed(sent, "firstDay"),
				FormReading.typed(sent, "lastDay"), FormReading.typed(sent, "startsAt"),
				FormReading.typed(sent, "endsAt"), FormReading.typed(sent, "room"),
				"true".equals(FormReading.typed(sent, "online")), FormReading.typed(sent, "capacity"),
				FormReading.typed(sent, "minimum"), FormReading.typed(sent, "language"),
				FormReading.ticked(sent, "trainers"));
	}

	/** The session as typed; refused when a field cannot be read. */
	NewSession read() {
		FormReading reading = new FormReading();
		UUID chosen = reading.id("course", this.course, "session.course");
		LocalDate first = reading.day("firstDay", this.firstDay, true);
		LocalDate last = reading.day("lastDay", this.lastDay, false);
		LocalTime starts = reading.time("startsAt", this.startsAt);
		LocalTime ends = reading.time("endsAt", this.endsAt);
		UUID place = reading.id("room", this.room, "session.room");
		Integer seats = reading.capacity("capacity", this.capacity);
		Integer least = reading.number("minimum", this.minimum);
		List<UUID> teaching = new ArrayList<>();
		this.trainers.forEach(trainer -> teaching.add(reading.id("trainers", trainer, "session.trainer")));
		reading.check();
		return new NewSession(chosen, first, last, starts, ends, place, this.online, seats,
				CatalogPages.LANGUAGES.contains(this.language) ? this.language : "nl", teaching, least);
	}

}
