package org.tutela.register.record;

/**
 * Someone outside the organisation who processes or receives personal data, as a client
 * may be shown them (MEN-12, MEN-13): a processor or a recipient of one or more
 * activities.
 */
public record ThirdParty(String name, String role, String what, String where, String agreement,
		boolean agreementMissing) {
}
