/**
 * Outreach: lists, newsletters, campaigns, unsubscribe, preference centre, bounces and
 * suppression.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach",
		allowedDependencies = { "catalog", "consent", "disclosures", "enrolment", "identity", "members", "people",
				"personaldata", "platform::crypto", "platform::dashboard", "platform::demo", "platform::mail",
				"platform::problem", "register" })
package org.tutela.outreach;
