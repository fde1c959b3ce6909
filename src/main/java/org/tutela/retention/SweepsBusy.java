package org.tutela.retention;

import org.tutela.platform.problem.Conflict;

/** Another run of the sweeps is going, on this node or another. */
public class SweepsBusy extends Conflict {

	public SweepsBusy() {
		super("sweeps-busy");
	}

}
