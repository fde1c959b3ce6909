package org.tutela.requests.file;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.people.MailAddresses;
import org.tutela.platform.demo.DemoData;
import org.tutela.requests.DataRequest;
import org.tutela.requests.FileKind;
import org.tutela.requests.Intake;
import org.tutela.requests.RequestStatus;
import org.tutela.requests.Right;
import org.tutela.requests.Verification;
import org.tutela.requests.deadline.Deadlines;

/**
 * Requests on the DPO's desk: an access request near its deadline and an erasure request
 * by letter waiting for a check.
 */
@Component
class RequestDemoData implements DemoData {

	private final RequestStore store;

	private final Deadlines deadlines;

	private final MailAddresses addresses;

	private final Clock clock;

	RequestDemoData(RequestStore store, Deadlines deadlines, MailAddresses addresses, Clock clock) {
		this.store = store;
		this.deadlines = deadlines;
		this.addresses = addresses;
		this.clock = clock;
	}

	@Override
	public void load() {
		LocalDate today = LocalDate.now(this.clock);
		this.addresses.personWith("julien.dubois@example.be").ifPresent(person -> {
			LocalDate received = today.minusDays(25);
			UUID access = UUID.randomUUID();
			this.store.insert(new DataRequest(access, person, Right.ACCESS, FileKind.GENERAL, Intake.PORTAL,
					"Julien Dubois", "julien.dubois@example.be", null, received, this.deadlines.due(received), null,
					null, RequestStatus.VERIFIED, Verification.PORTAL, this.clock.instant(), null, null, false, null,
					"fr"), null, null, null, this.clock.instant());
			this.store.step(access, "requester", "received", null, at(received));
			this.store.step(access, "requester", "verified", "signed in to the portal", at(received));
		});
		LocalDate received = today.minusDays(3);
		UUID erasure = UUID.randomUUID();
		this.store.insert(
				new DataRequest(erasure, null, Right.ERASURE, FileKind.GENERAL, Intake.LETTER, "Sanne de Vries", null,
						"Please delete everything you have about me.", received, this.deadlines.due(received), null,
						null, RequestStatus.AWAITING_VERIFICATION, null, null, null, null, false, null, "nl"),
				null, null, null, this.clock.instant());
		this.store.step(erasure, "dpo", "received", "letter", at(received));
	}

	/** Mid-morning of the day a demo request came in. */
	private Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(this.clock.getZone()).toInstant();
	}

	/** After the people module's persons. */
	@Override
	public int order() {
		return 30;
	}

}
