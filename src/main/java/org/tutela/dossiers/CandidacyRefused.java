package org.tutela.dossiers;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller may not read this award's candidacies: only the jurors assigned to it who
 * signed the confidentiality statement may (VCK-5). The refusal is in the audit trail
 * before this is thrown.
 */
public class CandidacyRefused extends AccessDeniedException {

	public CandidacyRefused() {
		super("award dossiers are only for the jurors of the award who signed the confidentiality statement");
	}

}
