/**
 * Incidents and third parties: the register of personal-data breaches with their clocks
 * and notices (GDPR Art. 33 and 34; MEZ-7, MEN-23, CER-12, ALL-4), and requests from
 * public authorities and third parties, which the client hears of and may object to
 * before anything is handed over (MEN-22, CER-11), and the agreements with processors and
 * their sub-processors, with the overview a client may ask for (MEN-12, MEN-13, CER-8,
 * CES-10, VCK-8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents",
		allowedDependencies = { "audit", "catalog", "disclosures", "identity", "outreach", "people", "personaldata",
				"platform::crypto", "platform::dashboard", "platform::dates", "platform::holidays", "platform::mail",
				"platform::pdf", "platform::problem", "register" })
@org.jspecify.annotations.NullMarked
package org.tutela.incidents;
