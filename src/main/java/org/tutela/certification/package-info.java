/**
 * Certification: certificates with public verification, validity and refresher reminders,
 * reports to authorities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification",
		allowedDependencies = { "audit", "catalog", "disclosures", "enrolment", "identity", "people", "personaldata",
				"platform::dashboard", "platform::dates", "platform::demo", "platform::mail", "platform::pdf",
				"platform::problem", "platform::spreadsheet", "register" })
package org.tutela.certification;
