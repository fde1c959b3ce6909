package org.tutela.retention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client whose contract has ended and is not closed out yet: the data processed for it
 * must be deleted or transferred, unless the law keeps it, by {@code dueOn}, a month
 * after the end (MEN-21, CER-10).
 */
public record EndedContract(UUID organisation, String name, LocalDate endedOn, LocalDate dueOn) {

	public boolean late(LocalDate today) {
		return today.isAfter(this.dueOn);
	}

}
