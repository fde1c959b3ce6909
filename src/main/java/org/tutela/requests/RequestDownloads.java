package org.tutela.requests;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.Sha256;
import org.tutela.requests.file.RequestFiles;
import org.tutela.requests.file.RequestStore;
import org.tutela.requests.fulfil.Overviews;

/**
 * The overview behind the link an answer sends: it is made when the link is opened, of
 * the request's person, and the download is audited.
 */
@Service
public class RequestDownloads {

	private final RequestStore store;

	private final Overviews overviews;

	private final AuditTrail audit;

	private final Clock clock;

	RequestDownloads(RequestStore store, Overviews overviews, AuditTrail audit, Clock clock) {
		this.store = store;
		this.overviews = overviews;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What an unexpired download link opens: the overview made now, of the request's
	 * person. The link of a request made in the portal opens only for the person signed
	 * in ({@code signedIn}).
	 */
	@Transactional
	public Optional<Overview> download(String token, Optional<PersonId> signedIn) {
		return this.store.downloadable(Sha256.hex(token), this.clock.instant())
			.flatMap(this.store::find)
			.filter(request -> request.person() != null)
			.filter(request -> request.verification() != Verification.PORTAL
					|| signedIn.filter(request.person()::equals).isPresent())
			.map(request -> {
				PersonId person = RequestFiles.subject(request);
				this.audit.record(RequestIntake.REQUESTER, "",
						AuditEvent.of(AuditAction.EXPORT, person, "overview downloaded for request " + request.id()));
				return this.overviews.of(person);
			});
	}

}
