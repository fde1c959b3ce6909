package org.tutela.enrolment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whether a participant was there on a session day, with the signature they drew (a PNG
 * data URL).
 */
public record AttendanceMark(UUID registration, LocalDate day, boolean present, @Nullable String signature) {
}
