package org.tutela.billing;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class InvoiceNotFound extends NotFound {

	public InvoiceNotFound(UUID id) {
		super("invoice-not-found", id);
	}

}
