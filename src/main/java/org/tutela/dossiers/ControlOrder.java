package org.tutela.dossiers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An employer's order for a control, as typed in the portal or sent to the API: who the
 * absent worker is (CER-14: the national register number, a personnel number, or a
 * substitute number where there is none), where they stay, and what the employer knows of
 * the incapacity (CER-4). {@code organisation} may be left out by a contact who
 * represents one organisation only. Every field is checked before anything is stored.
 */
public record ControlOrder(@Nullable UUID organisation, @Nullable String firstName, @Nullable String lastName,
		@Nullable String language, @Nullable LocalDate birthDate, @Nullable String nationalNumber,
		@Nullable String personnelNumber, @Nullable String substituteNumber, @Nullable String street,
		@Nullable String postcode, @Nullable String city, @Nullable String country, @Nullable String phone,
		@Nullable LocalDate incapacityFrom, @Nullable LocalDate incapacityUntil, @Nullable Certificate certificate,
		@Nullable IncapacityNature nature, @Nullable Answer mayLeaveHome, @Nullable Answer hospitalised,
		@Nullable String doctorName, @Nullable String doctorAddress, @Nullable String doctorPhone) {

}
