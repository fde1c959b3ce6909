package org.tutela.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tutela.personaldata.PersonId;

/**
 * An access request on a medical file as the head physicians receive it: whose file, by
 * when, and the attending physician it goes to (MEN-17, CER-9).
 */
public record MedicalFileRequest(UUID id, PersonId person, LocalDate receivedOn, LocalDate deadline,
		AttendingPhysician physician, Instant handedOverAt) {

}
