package org.tutela.dossiers;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the employer learns of a control: who was examined, when and how, the conclusion
 * and the days it names, and by which physician (CER-1; Act of 3 July 1978 on employment
 * contracts, Art. 31). Never the certificate, the incapacity's nature, hospitalisation,
 * the attending doctor or the findings: this record has no place for them.
 */
public record EmployerReport(String reference, String workerName, @Nullable String employeeNumber, String employerName,
		LocalDate examinedOn, @Nullable VisitKind visitKind, Conclusion conclusion, @Nullable LocalDate justifiedUntil,
		@Nullable LocalDate resumableOn, String physicianName, Instant issuedAt) {

}
