/**
 * Requests: data-subject requests from intake and identity check to fulfilment, on time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests",
		allowedDependencies = { "audit", "catalog", "consent", "disclosures", "identity", "people", "personaldata",
				"platform::crypto", "platform::demo", "platform::holidays", "platform::mail", "platform::pdf",
				"platform::dashboard", "platform::problem", "platform::spreadsheet", "register" })
package org.tutela.requests;
