package org.tutela.members;

/** What became of a membership application; none while staff have not decided. */
public enum Decision {

	ACCEPTED, REFUSED, WITHDRAWN

}
