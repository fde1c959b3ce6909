package org.tutela.audit;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tutela.audit.trail.Checks;
import org.tutela.audit.trail.Verifier;

/**
 * Checking the audit chain for the DPO's page and the dashboard (permission
 * {@code audit.read}); the operator's command {@code java -jar tutela.jar audit verify}
 * runs the same check ({@link AuditCommand}).
 */
@Service
public class AuditVerification {

	private final Verifier verifier;

	private final Checks checks;

	AuditVerification(Verifier verifier, Checks checks) {
		this.verifier = verifier;
		this.checks = checks;
	}

	/** Walks the whole chain now and keeps the result as the last check. */
	@PreAuthorize("hasAuthority('audit.read')")
	public ChainReport verify() {
		ChainReport report = this.verifier.verify();
		this.checks.keep(report);
		return report;
	}

	/** The last check, by the nightly job or a DPO, if the chain was ever checked. */
	@PreAuthorize("hasAuthority('audit.read')")
	public Optional<CheckedChain> last() {
		return this.checks.last();
	}

}
