/**
 * Requests: data-subject requests from intake and identity check to fulfilment, on time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests", allowedDependencies = { "audit", "catalog",
		"consent", "disclosures", "identity", "people", "personaldata", "platform", "register" })
package org.tutela.requests;
