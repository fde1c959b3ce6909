/**
 * Audit: the tamper-evident trail of every read and change of personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "personaldata",
		"platform::crypto", "platform::dashboard", "platform::database", "platform::dates" })
package org.tutela.audit;
