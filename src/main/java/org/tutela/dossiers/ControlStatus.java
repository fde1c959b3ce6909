package org.tutela.dossiers;

/** Where a control stands, from the employer's order to the report. */
public enum ControlStatus {

	/** Ordered by the employer, waiting for a physician. */
	ORDERED,
	/** A controlling physician has it. */
	ASSIGNED,
	/** The visit or the convocation is planned. */
	PLANNED,
	/** The physician has recorded the findings; the employer has not been told yet. */
	EXAMINED,
	/** The employer has the conclusion. */
	REPORTED,
	/** Called off before the examination. */
	CANCELLED;

	/** Whether the control is still under way: no incident date yet, never swept. */
	public boolean open() {
		return this != REPORTED && this != CANCELLED;
	}

}
