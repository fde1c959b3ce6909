package org.tutela.platform.web;

import org.tutela.platform.problem.DomainProblem;

/**
 * A form or address whose parameters cannot be read: bytes that are not UTF-8, or a
 * multipart body that ends before its last boundary. The server asked for them again
 * fails again, so the page that explains it is shown as if none had been sent.
 */
class UnreadableForm extends DomainProblem {

	UnreadableForm() {
		super("unreadable-form");
	}

	protected UnreadableForm(String slug, Object... arguments) {
		super(slug, arguments);
	}

}
