/**
 * Disclosures: every disclosure to a recipient; authority requests and objection windows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosures",
		allowedDependencies = { "audit", "identity", "people", "personaldata", "platform::problem", "register" })
package org.tutela.disclosures;
