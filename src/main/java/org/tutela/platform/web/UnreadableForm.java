package org.tutela.platform.web;

import org.tutela.platform.problem.DomainProblem;

/**
 * A form or address whose parameters cannot be read: bytes that are not UTF-8, or a
 * multipart body that ends before its last boundary.
 */
class UnreadableForm extends DomainProblem {

	UnreadableForm() {
		super("unreadable-form");
	}

}
