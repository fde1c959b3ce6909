package org.tutela.register;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The privacy policy as configuration: who is responsible, what is processed for which purpose
 * on which basis, who receives it, how long it is kept and how requests are answered. Loaded
 * from a YAML file (docs/policy-packs.md) and checked at start-up. {@code erasureKeepsName}: after
 * an erasure at the person's request, their name stays with a note of the request, so they are
 * not added again (VCK-12); otherwise only a keyed hash of their addresses stays.
 */
public record PolicyPack(String id, int version, LocalDate modified, Text name, List<Controller> controllers,
		@Nullable Text jointArrangement, String dpoEmail, String authorityName, String authorityUrl,
		RequestDeadline requestDeadline, int reportThreshold, Clocks clocks, List<Activity> activities,
		List<Processor> processors, boolean refusesMinors, Training training, boolean erasureKeepsName) {

	public PolicyPack {
		controllers = List.copyOf(controllers);
		activities = List.copyOf(activities);
		processors = List.copyOf(processors);
	}

	/** The country the (first) controller is established in: data elsewhere leaves it (MEN-9). */
	public String home() {
		return this.controllers.get(0).country();
	}

	public boolean jointControllers() {
		return this.controllers.size() > 1;
	}

	public Optional<Activity> activity(String id) {
		return this.activities.stream().filter(activity -> activity.id().equals(id)).findFirst();
	}

	/**
	 * The activity a purpose of the catalogue falls under: the activity of that id, or, for the
	 * training side's purposes, the activity the training section names for it. Purposes of the
	 * person's own record (administration, suppression) follow the person and fall under no
	 * activity of their own.
	 */
	public Optional<Activity> activityServing(String purpose) {
		Optional<Activity> same = activity(purpose);
		if (same.isPresent()) {
			return same;
		}
		Map<String, @Nullable String> roles = new HashMap<>();
		roles.put("training-administration", this.training.registration());
		roles.put("training-delivery", this.training.results() != null ? this.training.results() : this.training.registration());
		roles.put("certification",
				this.training.certification() != null ? this.training.certification() : this.training.registration());
		roles.put("marketing", this.training.marketing());
		roles.put("session-remarks", this.training.remarks());
		String activity = roles.get(purpose);
		return activity == null || activity.isEmpty() ? Optional.empty() : activity(activity);
	}

	/** Notification clocks, in hours; zero when the pack promises none. */
	public record Clocks(int breachAuthorityHours, int breachClientsHours, int authorityRequestAnswerBusinessDays,
			int authorityRequestObjectionHours) {
	}

}
