package org.tutela.outreach;

import org.tutela.platform.NotFound;

public class ListNotFound extends NotFound {

	public ListNotFound(String code) {
		super("list-not-found", code);
	}

}
