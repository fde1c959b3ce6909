package org.tutela.audit;

import java.io.PrintStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tutela.audit.trail.Sealer;
import org.tutela.audit.trail.Verifier;

/**
 * Checking the audit chain: for the DPO's page (permission {@code audit.read}) and for
 * the operator's command {@code java -jar tutela.jar audit verify}.
 */
@Service
public class AuditVerification {

	private final Verifier verifier;

	private final Sealer sealer;

	AuditVerification(Verifier verifier, Sealer sealer) {
		this.verifier = verifier;
		this.sealer = sealer;
	}

	@PreAuthorize("hasAuthority('audit.read')")
	public ChainReport verify() {
		return this.verifier.verify();
	}

	/**
	 * For the command line: seals what is waiting, verifies, prints; 0 when intact, 1
	 * when broken.
	 */
	public int verifyFromCommandLine(PrintStream out) {
		this.sealer.sealAll();
		ChainReport report = this.verifier.verify();
		out.println(report);
		return report.intact() ? 0 : 1;
	}

}
