package org.tutela.incidents;

import org.tutela.platform.problem.NotFound;

/** The pack names no processor under this key. */
public class ProcessorNotFound extends NotFound {

	public ProcessorNotFound() {
		super("processor-not-found");
	}

}
