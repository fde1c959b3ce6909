package org.tutela.people;

import org.tutela.platform.problem.Conflict;

public class ClientNumberTaken extends Conflict {

	public ClientNumberTaken(String clientNumber) {
		super("client-number-taken", clientNumber);
	}

}
