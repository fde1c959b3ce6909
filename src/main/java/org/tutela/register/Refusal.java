package org.tutela.register;

/** Why the purpose guard refused (ALL-3). */
public enum Refusal {

	/** The pack has no activity for this purpose, so no legal basis is recorded. */
	NO_BASIS,
	/**
	 * The pack says the organisation keeps no data for this purpose ({@code not-kept}).
	 */
	NOT_KEPT,
	/** The purpose rests on consent and the person never gave it. */
	CONSENT_MISSING,
	/** The person withdrew their consent or opted out. */
	CONSENT_WITHDRAWN,
	/** The person objected (GDPR Art. 21). */
	OBJECTION,
	/** The person's processing is restricted (GDPR Art. 18). */
	RESTRICTED

}
