/**
 * Dossiers: special-category files with their own access rules. Absenteeism control for a
 * medical-inspection service: an employer orders a control, the service's head physician
 * assigns it, the controlling physician examines the worker and records findings that
 * only that physician and the head of the department read, and the employer receives the
 * conclusion alone (CER-1 to CER-14). Award candidacies for a quality network, read only
 * by the jurors of the award who signed its confidentiality statement (VCK-5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
		allowedDependencies = { "audit", "disclosures", "identity", "people", "people::identifier", "personaldata",
				"platform::crypto", "platform::dashboard", "platform::dates", "platform::demo", "platform::mail",
				"platform::pdf", "platform::problem", "register", "requests" })
@org.jspecify.annotations.NullMarked
package org.tutela.dossiers;
