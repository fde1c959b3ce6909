package org.tutela.incidents;

import java.time.ZonedDateTime;

import org.tutela.platform.problem.Conflict;

/**
 * A step the request's clock does not allow now (MEN-22): a hand-over before the
 * objection window closes or after an objection, an objection after the window, telling a
 * client the law forbids telling. Nothing is changed.
 */
public class AuthorityRequestRefused extends Conflict {

	private AuthorityRequestRefused(String slug, Object... arguments) {
		super(slug, arguments);
	}

	/** The window is still open until the day and hour given. */
	static AuthorityRequestRefused windowOpen(ZonedDateTime closes) {
		return new AuthorityRequestRefused("authority-request-window-open", closes.toLocalDate(),
				closes.toLocalTime().withSecond(0).withNano(0));
	}

	static AuthorityRequestRefused objected() {
		return new AuthorityRequestRefused("authority-request-objected");
	}

	static AuthorityRequestRefused notInformed() {
		return new AuthorityRequestRefused("authority-request-not-informed");
	}

	static AuthorityRequestRefused alreadyInformed() {
		return new AuthorityRequestRefused("authority-request-already-informed");
	}

	static AuthorityRequestRefused clientNotTold() {
		return new AuthorityRequestRefused("authority-request-client-not-told");
	}

	static AuthorityRequestRefused noContact() {
		return new AuthorityRequestRefused("authority-request-no-contact");
	}

	/** The window closed on the day and hour given. */
	static AuthorityRequestRefused windowClosed(ZonedDateTime closed) {
		return new AuthorityRequestRefused("authority-request-window-closed", closed.toLocalDate(),
				closed.toLocalTime().withSecond(0).withNano(0));
	}

}
