package org.tutela.retention.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.people.PersonNotFound;
import org.tutela.people.Persons;
import org.tutela.platform.InvalidInput.FieldError;
import org.tutela.retention.HoldReason;
import org.tutela.retention.LegalHold;
import org.tutela.retention.Retention;
import org.tutela.retention.SweepsBusy;

/**
 * The DPO's view of retention: start a run or a dry run, follow it rule by rule, read the
 * history of runs, and place or lift legal holds.
 */
@Controller
class RetentionPages {

	private static final int HISTORY = 30;

	private final Retention retention;

	private final Persons persons;

	private final Clock clock;

	RetentionPages(Retention retention, Persons persons, Clock clock) {
		this.retention = retention;
		this.persons = persons;
		this.clock = clock;
	}

	@GetMapping("/admin/retention")
	String overview(Model model) {
		return overview(model, List.of(), null);
	}

	@PostMapping("/admin/retention/runs")
	String start(@RequestParam(defaultValue = "true") boolean dryRun, Model model) {
		try {
			return "redirect:/admin/retention/runs/" + this.retention.start(dryRun);
		}
		catch (SweepsBusy busy) {
			return overview(model, List.of(), "retention.busy");
		}
	}

	@GetMapping("/admin/retention/runs/{id}")
	String run(@PathVariable UUID id, Model model) {
		model.addAttribute("run", this.retention.get(id));
		model.addAttribute("zone", this.clock.getZone());
		return "retention/run";
	}

	@PostMapping("/admin/retention/holds")
	String hold(@RequestParam(required = false) @Nullable String person, @RequestParam(required = false) @Nullable HoldReason reason,
			@RequestParam(required = false) @Nullable String note, Model model) {
		UUID id = parse(person);
		if (id == null || reason == null) {
			return overview(model, List.of(new FieldError(id == null ? "person" : "reason", id == null ? "person-id" : "required")), null);
		}
		try {
			this.retention.hold(id, reason, note);
		}
		catch (PersonNotFound unknown) {
			return overview(model, List.of(new FieldError("person", "person-unknown")), null);
		}
		return "redirect:/admin/retention";
	}

	@PostMapping("/admin/retention/holds/{id}/lift")
	String lift(@PathVariable UUID id) {
		this.retention.lift(id);
		return "redirect:/admin/retention";
	}

	private String overview(Model model, List<FieldError> errors, @Nullable String problem) {
		model.addAttribute("runs", this.retention.history(HISTORY));
		model.addAttribute("holds", this.retention.holds()
			.stream()
			.map(hold -> new HeldPerson(hold, this.persons.get(hold.person()).fullName()))
			.toList());
		model.addAttribute("reasons", HoldReason.values());
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("zone", this.clock.getZone());
		return "retention/overview";
	}

	/** A hold with the name of the person it is about. */
	record HeldPerson(LegalHold hold, String name) {
	}

	private static @Nullable UUID parse(@Nullable String value) {
		try {
			return value == null ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

}
