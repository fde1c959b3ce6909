/**
 * Billing: the parties invoiced, invoices and credit notes with their lines and VAT,
 * issued without gaps in their numbering as Peppol BIS Billing 3.0 documents checked
 * against the official rules and as a PDF in the client's language (MEZ-1, MEN-4, SKI-10,
 * VCK-6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing",
		allowedDependencies = { "audit", "catalog", "disclosures", "enrolment", "identity", "people",
				"people::identifier", "personaldata", "platform::crypto", "platform::dashboard", "platform::dates",
				"platform::mail", "platform::pdf", "platform::problem", "platform::spreadsheet", "register" })
@org.jspecify.annotations.NullMarked
package org.tutela.billing;
