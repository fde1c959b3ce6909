package org.tutela.outreach;

import org.tutela.platform.problem.NotFound;

public class ListNotFound extends NotFound {

	public ListNotFound(String code) {
		super("list-not-found", code);
	}

}
