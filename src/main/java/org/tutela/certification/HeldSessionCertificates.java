package org.tutela.certification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.catalog.SessionHeld;

/**
 * Once a session is held, the participants who completed it by the course's attendance
 * rule get their certificate, as staff would issue it, by the system. Attendance recorded
 * later is certified by staff with the button; nobody gets a second certificate.
 */
@Component
class HeldSessionCertificates {

	private final Certificates certificates;

	HeldSessionCertificates(Certificates certificates) {
		this.certificates = certificates;
	}

	@ApplicationModuleListener
	void on(SessionHeld held) {
		this.certificates.issueCompleted(held.session());
	}

}
