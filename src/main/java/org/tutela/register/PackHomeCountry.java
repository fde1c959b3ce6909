package org.tutela.register;

import org.springframework.stereotype.Component;
import org.tutela.people.HomeCountry;

/**
 * The people module's question about the home country, answered by the country of the
 * active pack's controller.
 */
@Component
class PackHomeCountry implements HomeCountry {

	private final Register register;

	PackHomeCountry(Register register) {
		this.register = register;
	}

	@Override
	public String country() {
		return this.register.pack().home();
	}

}
