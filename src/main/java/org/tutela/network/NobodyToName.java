package org.tutela.network;

import org.tutela.platform.problem.DomainProblem;

/** A participant list or a match that would name no one is not handed out. */
public class NobodyToName extends DomainProblem {

	public NobodyToName() {
		super("network-nobody-to-name");
	}

}
