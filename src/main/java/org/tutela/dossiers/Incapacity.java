package org.tutela.dossiers;

import java.time.LocalDate;

/** What the employer knows of the incapacity (CER-4): health data, kept encrypted. */
public record Incapacity(LocalDate from, LocalDate until, Certificate certificate, IncapacityNature nature,
		Answer mayLeaveHome, Answer hospitalised) {

}
