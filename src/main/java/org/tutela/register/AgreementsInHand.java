package org.tutela.register;

/**
 * The agreements actually in hand with the pack's processors, where a module keeps them
 * as records: the record of processing then counts those as signed or missing, not what
 * the published policy says of them.
 */
public interface AgreementsInHand {

	/** Whether an agreement with the processor of this name is on record. */
	boolean recorded(String processor);

}
