package org.tutela.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A job application as staff read it: who applied, what they wrote, their CV's name and
 * size, whether they asked to be kept for other vacancies (with the words they agreed to,
 * and when they withdrew that consent), and the day it will be deleted once the procedure
 * has ended.
 */
public record Application(UUID id, UUID vacancy, String vacancyTitle, String firstName, String lastName, String email,
		@Nullable String phone, @Nullable String motivation, String cvName, int cvSize, boolean keptLonger,
		@Nullable String keptLongerWords, @Nullable Instant keptLongerWithdrawnAt, Instant receivedAt,
		@Nullable LocalDate deletedOn) {

	public String name() {
		return this.firstName + " " + this.lastName;
	}

}
