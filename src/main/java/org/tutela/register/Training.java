package org.tutela.register;

import org.jspecify.annotations.Nullable;

/**
 * How the training side uses the pack's activities: which activity registrations are
 * collected for (its categories decide the form's fields, MEZ-1), which one covers
 * certified courses and their reports to an authority (MEZ-4), which one covers remarks
 * such as food allergies (health data, MEN-4), and which one the marketing box on the
 * registration form asks consent for (MEZ-2), and under which study results go to the
 * employer who registered the participant (SKI-4), and under which the courses someone
 * followed tailor the courses suggested to them (SKI-7, CES-3). Only {@code registration}
 * is required when the pack has a training section.
 */
public record Training(String registration, @Nullable String certification, @Nullable String remarks,
		@Nullable String marketing, @Nullable String results, @Nullable String suggestions) {

	/** A pack without a training section: registration forms are closed. */
	public static final Training NONE = new Training("", null, null, null, null, null);

	public boolean open() {
		return !this.registration.isEmpty();
	}

}
