package org.tutela.inquiries;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No message of this id, or none the caller's account or role receives. */
public class InquiryNotFound extends NotFound {

	public InquiryNotFound(UUID id) {
		super("inquiry-not-found", id.toString());
	}

}
