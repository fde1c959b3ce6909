package org.tutela.register;

import org.springframework.stereotype.Component;
import org.tutela.people.MinorsPolicy;

/**
 * The people module's question about minors, answered by the active pack's {@code minors}
 * field.
 */
@Component
class PackMinorsPolicy implements MinorsPolicy {

	private final Register register;

	PackMinorsPolicy(Register register) {
		this.register = register;
	}

	@Override
	public boolean refusesMinors() {
		return this.register.pack().refusesMinors();
	}

}
