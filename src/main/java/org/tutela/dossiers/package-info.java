/**
 * Dossiers: special-category files with their own access rules. Absenteeism control for a
 * medical-inspection service: an employer orders a control, the service's head physician
 * assigns it, the controlling physician examines the worker and records findings that
 * only that physician and the head of the department read, and the employer receives the
 * conclusion alone (CER-1 to CER-14). Psychosocial files for a prevention service: a
 * request for formal psychosocial intervention, read and kept by the one psychosocial
 * prevention adviser handling it (MEN-11, MEN-18, MEN-24).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
		allowedDependencies = { "audit", "disclosures", "identity", "people", "people::identifier", "personaldata",
				"platform::crypto", "platform::dashboard", "platform::dates", "platform::demo", "platform::mail",
				"platform::pdf", "platform::problem", "register", "requests" })
@org.jspecify.annotations.NullMarked
package org.tutela.dossiers;
