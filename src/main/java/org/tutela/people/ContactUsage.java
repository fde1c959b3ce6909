package org.tutela.people;

/**
 * Business contact details by default; private ones only with explicit consent (VCK-1).
 */
public enum ContactUsage {

	BUSINESS, PRIVATE

}
