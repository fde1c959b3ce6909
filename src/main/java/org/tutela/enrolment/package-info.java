/**
 * Enrolment: registrations, waiting lists, cancellations, attendance, signatures, trainer
 * evaluations and remarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enrolment",
		allowedDependencies = { "audit", "catalog", "consent", "disclosures", "identity", "people", "personaldata",
				"platform::crypto", "platform::dashboard", "platform::dates", "platform::demo", "platform::forms",
				"platform::mail", "platform::pdf", "platform::problem", "platform::spreadsheet", "register" })
package org.tutela.enrolment;
