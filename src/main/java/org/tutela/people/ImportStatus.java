package org.tutela.people;

public enum ImportStatus {

	CHECKING, CHECKED, IMPORTING, IMPORTED, DISCARDED, FAILED;

	/** Whether work is still going on, so a page should keep showing progress. */
	public boolean running() {
		return this == CHECKING || this == IMPORTING;
	}

}
