/**
 * Inquiries: the public contact form and information requests (CES-5, MEZ-1), routed by
 * subject to a staff account or role, filed with the sender's organisation, answered and
 * closed from the back office with the thread kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inquiries",
		allowedDependencies = { "audit", "catalog", "identity", "people", "personaldata", "platform::forms",
				"platform::crypto", "platform::dashboard", "platform::database", "platform::demo", "platform::mail",
				"platform::problem", "register" })
package org.tutela.inquiries;
