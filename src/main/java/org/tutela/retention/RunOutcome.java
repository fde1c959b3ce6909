package org.tutela.retention;

/** How a run of the sweeps ended, or that it is still going. */
public enum RunOutcome {

	RUNNING, DONE, FAILED,
	/** Cut off: the node stopped or lost its lease; the next run finishes the job. */
	STOPPED

}
