/**
 * Retention: scheduled sweeps that anonymise, delete or archive what is due; legal holds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention",
		allowedDependencies = { "audit", "billing", "catalog", "consent", "enrolment", "identity", "people",
				"personaldata", "platform::pdf", "platform::dashboard", "platform::dates", "platform::problem",
				"platform::spreadsheet", "register", "requests" })
package org.tutela.retention;
