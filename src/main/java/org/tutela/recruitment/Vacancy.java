package org.tutela.recruitment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A vacancy: its title, the last day applications are taken (none: until its procedure
 * ends), the day staff ended its procedure, and how many applications it holds.
 */
public record Vacancy(UUID id, String title, @Nullable LocalDate closesOn, @Nullable LocalDate procedureEndedOn,
		int applications) {

	/** Whether the public form takes applications for it on this day. */
	public boolean takesApplications(LocalDate today) {
		return this.procedureEndedOn == null && (this.closesOn == null || !today.isAfter(this.closesOn));
	}

	public boolean ended() {
		return this.procedureEndedOn != null;
	}

}
