package org.tutela.retention.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.people.PersonNotFound;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.retention.ContractEnds;
import org.tutela.retention.HoldReason;
import org.tutela.retention.LegalHold;
import org.tutela.retention.Retention;
import org.tutela.retention.SweepsBusy;

/**
 * The DPO's view of retention: start a run or a dry run, follow it rule by rule, read the
 * history of runs, place or lift legal holds, and close out ended client contracts with
 * their proof.
 */
@Controller
class RetentionPages {

	private static final int HISTORY = 30;

	private final Retention retention;

	private final Persons persons;

	private final ContractEnds contracts;

	private final Clock clock;

	RetentionPages(Retention retention, Persons persons, ContractEnds contracts, Clock clock) {
		this.retention = retention;
		this.persons = persons;
		this.contracts = contracts;
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
		return "retention/run";
	}

	@PostMapping("/admin/retention/holds")
	String hold(@RequestParam(required = false) @Nullable String person,
			@RequestParam(required = false) @Nullable HoldReason reason,
			@RequestParam(required = false) @Nullable String note, Model model) {
		UUID id = parse(person);
		model.addAttribute("typedReason", reason);
		model.addAttribute("typedNote", note);
		List<FieldError> errors = new ArrayList<>();
		if (id == null) {
			errors.add(new FieldError("person", "person-id"));
		}
		if (reason == null) {
			errors.add(new FieldError("reason", "required"));
		}
		if (!errors.isEmpty()) {
			return overview(model, errors, null);
		}
		try {
			this.retention.hold(PersonId.of(id), reason, note);
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

	/** {@code id}: the organisation whose contract ended. */
	@PostMapping("/admin/retention/contracts/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean transfer) {
		return "redirect:/admin/retention/closures/" + this.contracts.close(id, transfer).id();
	}

	@GetMapping("/admin/retention/closures/{id}")
	String closure(@PathVariable UUID id, Model model) {
		model.addAttribute("closure", this.contracts.get(id));
		return "retention/closure";
	}

	@PostMapping("/admin/retention/closures/{id}/told")
	String told(@PathVariable UUID id, @RequestParam(defaultValue = "") String recipient) {
		this.contracts.told(id, recipient);
		return "redirect:/admin/retention/closures/" + id;
	}

	@GetMapping("/admin/retention/closures/{id}/proof.pdf")
	ResponseEntity<byte[]> proof(@PathVariable UUID id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contract-end-proof.pdf").build().toString())
			.body(this.contracts.proof(id, this.clock.getZone(), locale));
	}

	@GetMapping("/admin/retention/closures/{id}/transfer.csv")
	ResponseEntity<String> transfer(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("registrations.csv").build().toString())
			.body(this.contracts.transfer(id));
	}

	private String overview(Model model, List<FieldError> errors, @Nullable String problem) {
		model.addAttribute("contracts", this.contracts.open());
		model.addAttribute("closures", this.contracts.closed());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("runs", this.retention.history(HISTORY));
		model.addAttribute("holds",
				this.retention.holds()
					.stream()
					.map(hold -> new HeldPerson(hold, this.persons.get(hold.person()).fullName()))
					.toList());
		model.addAttribute("reasons", HoldReason.values());
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("problem", problem);
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
