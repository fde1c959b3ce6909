package org.tutela.requests;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.file.RequestFiles;
import org.tutela.requests.fulfil.RequestMails;

/**
 * Access requests on medical files, as the head physicians take them over from the
 * request desk: the file goes to the attending physician the person named, never to the
 * person, and the request closes once it has been sent (MEN-17, CER-9). The deadline and
 * its extension stay the request desk's.
 */
@Service
public class MedicalFileRequests {

	private final RequestFiles files;

	private final RequestMails mails;

	MedicalFileRequests(RequestFiles files, RequestMails mails) {
		this.files = files;
		this.mails = mails;
	}

	/** The requests waiting for a head physician, the most urgent first. */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(readOnly = true)
	public List<MedicalFileRequest> waiting() {
		return this.files.handedOver();
	}

	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(readOnly = true)
	public MedicalFileRequest waiting(UUID id) {
		return this.files.handedOver(id).orElseThrow(() -> new RequestNotFound(id));
	}

	/**
	 * Whether a request about the person waits with the head physicians: it gives them
	 * need to know of the person's name.
	 */
	@Transactional(readOnly = true)
	public boolean waitingAbout(PersonId person) {
		return this.files.handedOverAbout(person);
	}

	/**
	 * Closes the request once the file has been sent to the attending physician, and
	 * tells the person where it went.
	 */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional
	public DataRequest sent(UUID id) {
		waiting(id);
		DataRequest request = this.files.find(id);
		this.mails.tell(request, "to-physician");
		return this.files.close(request, RequestStatus.COMPLETED, "medical file sent to the attending physician", null);
	}

}
