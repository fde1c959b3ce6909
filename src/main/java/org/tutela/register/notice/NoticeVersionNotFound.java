package org.tutela.register.notice;

import org.tutela.platform.problem.NotFound;

public class NoticeVersionNotFound extends NotFound {

	public NoticeVersionNotFound(long seq) {
		super("notice-version-not-found", seq);
	}

}
