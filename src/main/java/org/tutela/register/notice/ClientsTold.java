package org.tutela.register.notice;

import java.util.List;

/**
 * What telling the clients by e-mail did: how many were told now, and who has no address
 * to write to.
 */
public record ClientsTold(int told, List<String> withoutAddress) {

	public ClientsTold {
		withoutAddress = List.copyOf(withoutAddress);
	}

}
