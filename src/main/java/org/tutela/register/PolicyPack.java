package org.tutela.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The privacy policy as configuration: who is responsible, what is processed for which
 * purpose on which basis, who receives it, how long it is kept and how requests are
 * answered. Loaded from a YAML file (docs/policy-packs.md) and checked at start-up.
 * {@code erasureKeepsName}: after an erasure at the person's request, their name stays
 * with a note of the request, so they are not added again (VCK-12); otherwise only a
 * keyed hash of their addresses stays. {@code purposes} maps each purpose the
 * personal-data catalogue declares to the activities it serves; an empty list stands for
 * {@code not-kept}: the organisation keeps no data for that purpose.
 * {@code refusesStorageOutsideEea}: the policy promises that no data is stored outside
 * the EEA, though a processor may process it there (CER-8); an agreement recording
 * storage outside it is refused. {@code billing}: when an unpaid invoice's buyer is
 * reminded, and when it is ready to be handed over for collection. {@code inquiries}: the
 * contact form's subjects and whom each goes to, and the fields an information request
 * asks.
 */
public record PolicyPack(String id, int version, LocalDate modified, Text name, List<Controller> controllers,
		@Nullable Text jointArrangement, String dpoEmail, String authorityName, String authorityUrl,
		RequestDeadline requestDeadline, int reportThreshold, Clocks clocks, List<Activity> activities,
		List<Processor> processors, boolean refusesMinors, Training training, boolean erasureKeepsName,
		Map<String, List<String>> purposes, boolean refusesStorageOutsideEea, Billing billing, Inquiries inquiries) {

	public PolicyPack {
		controllers = List.copyOf(controllers);
		activities = List.copyOf(activities);
		processors = List.copyOf(processors);
		purposes = Map.copyOf(purposes);
	}

	/**
	 * The country the (first) controller is established in: data elsewhere leaves it
	 * (MEN-9).
	 */
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
	 * The activity whose retention rules and erasure answer govern data kept for a
	 * purpose: the first the pack maps the catalogue's purpose to, or the activity of
	 * that id where a module records the activity itself (a mailing list's).
	 */
	public Optional<Activity> activityServing(String purpose) {
		return activitiesServing(purpose).stream().findFirst();
	}

	/**
	 * Every activity a purpose serves, the governing one first (docs/policy-packs.md,
	 * {@code purposes}); none for a purpose the pack does not keep.
	 */
	public List<Activity> activitiesServing(String purpose) {
		List<String> ids = this.purposes.getOrDefault(purpose, List.of(purpose));
		return ids.stream().map(this::activity).flatMap(Optional::stream).toList();
	}

	/**
	 * Whether the organisation keeps data for a purpose at all: false only where the pack
	 * maps it to {@code not-kept}.
	 */
	public boolean keeps(String purpose) {
		return !this.purposes.getOrDefault(purpose, List.of(purpose)).isEmpty();
	}

	/** Notification clocks, in hours; zero when the pack promises none. */
	public record Clocks(int breachAuthorityHours, int breachClientsHours, int authorityRequestAnswerBusinessDays,
			int authorityRequestObjectionHours) {
	}

	/**
	 * The reminders of an unpaid invoice, in days after its due date, in order; and the
	 * days after the last reminder from which the invoice is ready to be handed over for
	 * collection (MEZ-5), zero when the pack names no such hand-over.
	 */
	public record Billing(List<Integer> reminderDays, int handOverDays) {

		/** No reminders and no hand-over: a pack without a {@code billing} section. */
		public static final Billing NONE = new Billing(List.of(), 0);

		public Billing {
			reminderDays = List.copyOf(reminderDays);
		}

		public boolean handsOver() {
			return this.handOverDays > 0;
		}

	}

}
