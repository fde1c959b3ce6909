package org.tutela.retention;

import java.util.UUID;

import org.tutela.platform.problem.Conflict;

/** The organisation has no contract that has ended, or its end is closed out already. */
public class ContractNotEnded extends Conflict {

	public ContractNotEnded(UUID organisation) {
		super("contract-not-ended", organisation.toString());
	}

}
