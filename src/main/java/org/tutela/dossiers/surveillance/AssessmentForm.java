package org.tutela.dossiers.surveillance;

/**
 * The two forms an occupational physician issues: the health assessment and the
 * reintegration assessment (Code on well-being at work, Book I, Title 4).
 */
public enum AssessmentForm {

	HEALTH_ASSESSMENT, REINTEGRATION

}
