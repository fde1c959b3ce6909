package org.tutela.incidents;

/**
 * The outcome of a breach's risk assessment (GDPR Art. 33(1) and 34(1)): no risk to the
 * persons' rights and freedoms (registered, not notified), a risk (the authority is
 * notified) or a high risk (the persons are told as well).
 */
public enum BreachRisk {

	NONE, RISK, HIGH

}
