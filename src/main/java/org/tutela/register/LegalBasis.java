package org.tutela.register;

/**
 * The lawful bases of GDPR Art. 6(1), as a pack names them ({@code contract},
 * {@code legal-obligation}, …).
 */
public enum LegalBasis {

	CONSENT, CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK, LEGITIMATE_INTERESTS

}
