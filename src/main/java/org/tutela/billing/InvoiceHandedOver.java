package org.tutela.billing;

import java.util.List;
import java.util.UUID;

import org.tutela.personaldata.PersonId;

/**
 * An unpaid invoice was handed over for collection: the persons it names are to be kept
 * under a legal hold (reason: unpaid invoice) until it is settled. Published inside the
 * hand-over's transaction, so that whoever places the holds commits with it.
 */
public record InvoiceHandedOver(UUID invoice, String number, List<PersonId> persons) {

	public InvoiceHandedOver {
		persons = List.copyOf(persons);
	}

}
