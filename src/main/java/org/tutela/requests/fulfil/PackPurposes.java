package org.tutela.requests.fulfil;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.register.Activity;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.register.Training;

/**
 * Which activity of the pack a purpose of the catalogue falls under: the activity of that id,
 * or, for the training side's purposes, the activity the pack's training section names for it.
 * Purposes of the person's own record (administration, suppression) follow the person and fall
 * under no activity of their own.
 */
@Component
public class PackPurposes {

	private final PolicyPack pack;

	public PackPurposes(Register register) {
		this.pack = register.pack();
	}

	public Optional<Activity> activity(String purpose) {
		Optional<Activity> same = this.pack.activity(purpose);
		if (same.isPresent()) {
			return same;
		}
		Training training = this.pack.training();
		Map<String, @Nullable String> roles = new HashMap<>();
		roles.put("training-administration", training.registration());
		roles.put("training-delivery", training.results() != null ? training.results() : training.registration());
		roles.put("certification", training.certification() != null ? training.certification() : training.registration());
		roles.put("marketing", training.marketing());
		roles.put("session-remarks", training.remarks());
		String activity = roles.get(purpose);
		return activity == null || activity.isEmpty() ? Optional.empty() : this.pack.activity(activity);
	}

	public PolicyPack pack() {
		return this.pack;
	}

}
