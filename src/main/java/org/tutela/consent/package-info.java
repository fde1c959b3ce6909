/**
 * Consent: the ledger of who agreed to what wording, when and how, and every withdrawal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consent",
		allowedDependencies = { "audit", "personaldata", "platform" })
package org.tutela.consent;
