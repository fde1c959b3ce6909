package org.tutela.requests.fulfil;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tutela.register.Activity;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;

/** Which activity of the pack a purpose of the catalogue falls under ({@link PolicyPack#activityServing}). */
@Component
public class PackPurposes {

	private final PolicyPack pack;

	public PackPurposes(Register register) {
		this.pack = register.pack();
	}

	public Optional<Activity> activity(String purpose) {
		return this.pack.activityServing(purpose);
	}

	public PolicyPack pack() {
		return this.pack;
	}

}
