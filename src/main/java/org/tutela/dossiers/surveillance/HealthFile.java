package org.tutela.dossiers.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.dossiers.access.FileAccess.AssignedFile;
import org.tutela.identity.AccountId;
import org.tutela.personaldata.PersonId;

/**
 * Section 1 of a worker's health file for one employer: who, for whom, at which
 * workstation, since when, and with which physician. No health datum.
 */
public record HealthFile(UUID id, String reference, PersonId worker, UUID organisation, @Nullable UUID workstation,
		@Nullable String jobFunction, @Nullable LocalDate employedSince, Instant openedAt, @Nullable UUID department,
		AccountId physician, LocalDate lastContactOn) {

	public AssignedFile assigned() {
		return new AssignedFile(this.worker, this.physician, this.department, "health file " + this.reference);
	}

}
