package org.tutela.retention;

/** Where one rule's sweep stands within a run. */
public enum SweepOutcome {
	WAITING, RUNNING, DONE, FAILED,
	/** No module here keeps records the rule reaches (such as job applications, before that module exists). */
	NOT_HELD_HERE
}
