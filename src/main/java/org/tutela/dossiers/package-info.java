/**
 * Dossiers: special-category and confidential files with their own access rules.
 * Absenteeism control for a medical-inspection service: an employer orders a control, the
 * service's head physician assigns it, the controlling physician examines the worker and
 * records findings that only that physician and the head of the department read, and the
 * employer receives the conclusion alone (CER-1 to CER-14). Health files for a prevention
 * service, in their four sections, with the assessment forms the employer and the worker
 * receive (MEN-5, MEN-24). Psychosocial files, read and kept by the one psychosocial
 * prevention adviser handling them (MEN-11, MEN-18, MEN-24). A worker's medical files to
 * their attending physician (MEN-17) and a client's to its next service (MEN-20). Award
 * candidacies for a quality network, read only by the jurors of the award who signed its
 * confidentiality statement (VCK-5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
		allowedDependencies = { "audit", "disclosures", "identity", "people", "people::identifier", "personaldata",
				"platform::crypto", "platform::dashboard", "platform::dates", "platform::demo", "platform::mail",
				"platform::pdf", "platform::problem", "register", "requests" })
@org.jspecify.annotations.NullMarked
package org.tutela.dossiers;
