/**
 * Enrolment: registrations, waiting lists, cancellations, attendance, signatures, trainer
 * evaluations and remarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enrolment",
		allowedDependencies = { "audit", "catalog", "consent", "disclosures", "identity", "people", "personaldata",
				"platform::crypto", "platform::demo", "platform::mail", "platform::pdf", "platform::dashboard",
				"platform::spreadsheet", "platform::problem", "register" })
package org.tutela.enrolment;
