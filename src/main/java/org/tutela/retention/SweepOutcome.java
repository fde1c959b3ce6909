package org.tutela.retention;

/** Where one rule's sweep stands within a run. */
public enum SweepOutcome {

	WAITING, RUNNING, DONE, FAILED,
	/** Cut off when the run lost its lease; the next run finishes it. */
	STOPPED,
	/**
	 * No module here keeps records the rule reaches (such as job applications, before
	 * that module exists).
	 */
	NOT_HELD_HERE

}
