package org.tutela.certification;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class CertificateNotFound extends NotFound {

	public CertificateNotFound(UUID id) {
		super("certificate-not-found", id.toString());
	}

}
