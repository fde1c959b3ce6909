package org.tutela.billing;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class PaymentNotFound extends NotFound {

	public PaymentNotFound(UUID id) {
		super("payment-not-found", id);
	}

}
