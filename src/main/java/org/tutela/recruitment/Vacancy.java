package org.tutela.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A vacancy: its title, the last day applications are taken (none: until its procedure
 * ends), the day staff ended its procedure, how many applications it holds, when it was
 * opened and when its last application arrived.
 */
public record Vacancy(UUID id, String title, @Nullable LocalDate closesOn, @Nullable LocalDate procedureEndedOn,
		int applications, Instant openedAt, @Nullable Instant lastApplicationAt) {

	/**
	 * The day since which the procedure has waited for staff alone: the latest of its
	 * last day to apply, its last application and its opening.
	 */
	public LocalDate quietSince(ZoneId zone) {
		LocalDate quiet = LocalDate.ofInstant(this.openedAt, zone);
		if (this.lastApplicationAt != null && LocalDate.ofInstant(this.lastApplicationAt, zone).isAfter(quiet)) {
			quiet = LocalDate.ofInstant(this.lastApplicationAt, zone);
		}
		return this.closesOn != null && this.closesOn.isAfter(quiet) ? this.closesOn : quiet;
	}

	/** Whether the public form takes applications for it on this day. */
	public boolean takesApplications(LocalDate today) {
		return this.procedureEndedOn == null && (this.closesOn == null || !today.isAfter(this.closesOn));
	}

	public boolean ended() {
		return this.procedureEndedOn != null;
	}

}
