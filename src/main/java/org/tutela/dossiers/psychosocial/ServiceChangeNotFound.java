package org.tutela.dossiers.psychosocial;

import org.tutela.platform.problem.NotFound;

/** No client's change of service has the given id. */
public class ServiceChangeNotFound extends NotFound {

	public ServiceChangeNotFound() {
		super("psychosocial-change-not-found");
	}

}
