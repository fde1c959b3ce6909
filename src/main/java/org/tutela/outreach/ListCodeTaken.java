package org.tutela.outreach;

import org.tutela.platform.problem.Conflict;

public class ListCodeTaken extends Conflict {

	public ListCodeTaken(String code) {
		super("list-code-taken", code);
	}

}
