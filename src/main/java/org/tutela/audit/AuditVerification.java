package org.tutela.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tutela.audit.trail.Verifier;

/**
 * Checking the audit chain for the DPO's page (permission {@code audit.read}); the
 * operator's command {@code java -jar tutela.jar audit verify} runs the same check
 * ({@link AuditCommand}).
 */
@Service
public class AuditVerification {

	private final Verifier verifier;

	AuditVerification(Verifier verifier) {
		this.verifier = verifier;
	}

	@PreAuthorize("hasAuthority('audit.read')")
	public ChainReport verify() {
		return this.verifier.verify();
	}

}
