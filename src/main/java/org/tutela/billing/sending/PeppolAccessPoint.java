package org.tutela.billing.sending;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The port to a Peppol access point, which sends UBL documents over the Peppol network
 * and answers, later, whether each was delivered. The access point itself is out of
 * Tutela.
 */
public interface PeppolAccessPoint {

	/** Whether documents can be handed over at all: off when none is configured. */
	boolean on();

	/**
	 * Hands over the UBL document with the number, for the access point to send.
	 * @throws org.tutela.billing.PeppolSendingOff when sending is off
	 * @throws org.tutela.billing.PeppolHandOverFailed when the access point cannot take
	 * it
	 */
	void hand(String number, byte[] ubl);

	/** The answers the access point gave since they were last acknowledged. */
	List<Answer> answers();

	/** The answer is recorded: the access point is not asked about it again. */
	void acknowledge(Answer answer);

	/**
	 * The answer is about no document handed over: it is set aside, not read again.
	 */
	void setAside(Answer answer);

	/**
	 * What the access point says of the document with the number: delivered, or failed
	 * with its reason.
	 */
	record Answer(String number, boolean delivered, @Nullable String reason) {
	}

}
