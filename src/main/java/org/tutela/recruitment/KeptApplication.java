package org.tutela.recruitment;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An application as its applicant sees it through the link in the mail confirming the
 * consent to keep it longer: the vacancy, when it arrived, the words they agreed to,
 * whether and when they withdrew, and when it goes: the day it is deleted, none while the
 * procedure runs; {@code deleted} once it is gone because they withdrew.
 */
public record KeptApplication(String vacancyTitle, Instant receivedAt, String keptLongerWords,
		@Nullable Instant withdrawnAt, @Nullable LocalDate deletedOn, boolean deleted) {

	public boolean keptLonger() {
		return this.withdrawnAt == null;
	}

}
