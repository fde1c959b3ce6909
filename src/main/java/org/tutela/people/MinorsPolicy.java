package org.tutela.people;

/**
 * Whether the organisation's policy keeps no data of minors (VCK-11); the register
 * answers it from the active pack.
 */
public interface MinorsPolicy {

	boolean refusesMinors();

}
