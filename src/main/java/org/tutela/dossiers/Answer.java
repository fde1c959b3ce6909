package org.tutela.dossiers;

/** The employer's answer to a yes-or-no question it may not know the answer to. */
public enum Answer {

	YES, NO, UNKNOWN

}
