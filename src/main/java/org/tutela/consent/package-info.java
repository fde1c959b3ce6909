/**
 * Consent: the ledger of who agreed to what wording, when and how, and every withdrawal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent",
		allowedDependencies = { "audit", "personaldata", "platform::crypto", "platform::problem" })
package org.tutela.consent;
