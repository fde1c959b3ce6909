package org.tutela.certification.archive;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.certification.Certificate;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.Registration;
import org.tutela.people.MailAddresses;
import org.tutela.platform.demo.DemoData;

/**
 * Certificates for whoever completed the demo session held last month, so `/verify` has
 * codes to check.
 */
@Component
class CertificationDemoData implements DemoData {

	private final Sessions sessions;

	private final AttendanceBook attendance;

	private final CertificateStore store;

	private final MailAddresses addresses;

	private final Clock clock;

	CertificationDemoData(Sessions sessions, AttendanceBook attendance, CertificateStore store, MailAddresses addresses,
			Clock clock) {
		this.sessions = sessions;
		this.attendance = attendance;
		this.store = store;
		this.addresses = addresses;
		this.clock = clock;
	}

	@Override
	public void load() {
		LocalDate today = LocalDate.now(this.clock);
		for (Session session : this.sessions.all()) {
			if (!session.over(today)) {
				continue;
			}
			for (Registration registration : this.attendance.completed(session)) {
				this.addresses.of(registration.participant())
					.ifPresent(holder -> this.store
						.insert(Certificate.completed(session, registration, holder, this.clock.instant())));
			}
		}
	}

	/** After enrolment. */
	@Override
	public int order() {
		return 20;
	}

}
