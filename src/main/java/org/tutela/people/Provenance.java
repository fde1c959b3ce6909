package org.tutela.people;

/**
 * Where a person's data came from (VCK-2): it decides which notice they are owed (Art. 13
 * or 14).
 */
public enum Provenance {

	WEB_FORM, EMPLOYER, BROKER, IMPORT, UNKNOWN_LEGACY

}
