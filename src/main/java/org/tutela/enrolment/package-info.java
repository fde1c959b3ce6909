/**
 * Enrolment: registrations, waiting lists, cancellations, attendance, signatures, trainer evaluations and remarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enrolment")
package org.tutela.enrolment;
