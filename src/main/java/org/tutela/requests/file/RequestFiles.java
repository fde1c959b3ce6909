package org.tutela.requests.file;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.identity.Caller;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.requests.AttendingPhysician;
import org.tutela.requests.DataRequest;
import org.tutela.requests.MedicalFileRequest;
import org.tutela.requests.RequestNotFound;
import org.tutela.requests.RequestNotOpen;
import org.tutela.requests.RequestStatus;
import org.tutela.requests.Right;
import org.tutela.requests.Verification;

/**
 * A request's file as the steps of intake and answer use it: found, checked to be at the
 * step asked for, closed with its outcome, each step written with who took it.
 */
@Component
public class RequestFiles {

	/** How long the link to an overview or export stays valid. */
	public static final Duration DOWNLOAD = Duration.ofDays(14);

	private final RequestStore store;

	private final Clock clock;

	private final String baseUrl;

	RequestFiles(RequestStore store, Clock clock, @Value("${tutela.base-url}") String baseUrl) {
		this.store = store;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	public DataRequest find(UUID id) {
		return this.store.find(id).orElseThrow(() -> new RequestNotFound(id));
	}

	/** Not answered yet. */
	public DataRequest open(UUID id) {
		DataRequest request = find(id);
		if (!request.status().open()) {
			throw new RequestNotOpen("request-closed");
		}
		return request;
	}

	/** Open, the requester verified, and for one of the rights given. */
	public DataRequest verified(UUID id, Right... rights) {
		DataRequest request = open(id);
		if (request.status() != RequestStatus.VERIFIED) {
			throw new RequestNotOpen("request-not-verified");
		}
		if (!List.of(rights).contains(request.right())) {
			throw new RequestNotOpen("request-other-right");
		}
		return request;
	}

	/** The person a verified request is about. */
	public static PersonId subject(DataRequest request) {
		PersonId person = request.person();
		if (person == null) {
			// Verified once, then the person was erased by another request.
			throw new RequestNotOpen("request-person-erased");
		}
		return person;
	}

	public void step(UUID request, String step, @Nullable String note) {
		this.store.step(request, Caller.name(), step, note, this.clock.instant());
	}

	/**
	 * Hands an access request on a medical file to the head physicians, naming the
	 * attending physician the file goes to (MEN-17); handing it again names another.
	 */
	public void handOver(DataRequest request, AttendingPhysician physician) {
		this.store.handOver(request.id(), physician, this.clock.instant());
		step(request.id(), "handed-over", null);
	}

	/** The open requests handed to the head physicians, the most urgent first. */
	public List<MedicalFileRequest> handedOver() {
		return this.store.handedOver(null);
	}

	/** The request, while it is open and with the head physicians. */
	public Optional<MedicalFileRequest> handedOver(UUID id) {
		return this.store.handedOver(id).stream().findFirst();
	}

	/** Whether an open request about the person waits with the head physicians. */
	public boolean handedOverAbout(PersonId person) {
		return this.store.handedOverAbout(person);
	}

	/** Closes the request with its outcome, or the reason it was refused. */
	public DataRequest close(DataRequest request, RequestStatus status, @Nullable String outcome,
			@Nullable String refusal) {
		this.store.close(request.id(), status, outcome, refusal, this.clock.instant());
		step(request.id(), status.name().toLowerCase(Locale.ROOT), refusal == null ? outcome : refusal);
		return find(request.id());
	}

	/**
	 * A new link to the overview of the request's person, valid for {@link #DOWNLOAD}. A
	 * request made in the portal is answered in the portal: its link opens only after
	 * signing in as the person; the others went to an address the person was shown to
	 * hold.
	 */
	public String downloadLink(DataRequest request) {
		String token = RandomTokens.next();
		this.store.download(Sha256.hex(token), request.id(), this.clock.instant().plus(DOWNLOAD));
		return this.baseUrl + (request.verification() == Verification.PORTAL ? "/me" : "") + "/requests/download/"
				+ token;
	}

	public String link(String path) {
		return this.baseUrl + path;
	}

}
