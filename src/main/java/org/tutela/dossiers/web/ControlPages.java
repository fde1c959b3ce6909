package org.tutela.dossiers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.dossiers.AbsenteeismControls;
import org.tutela.dossiers.AbsenteeismControls.Opened;
import org.tutela.dossiers.Conclusion;
import org.tutela.dossiers.EmployerReports;
import org.tutela.dossiers.Finding;
import org.tutela.dossiers.VisitKind;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The medical-inspection pages of the service: the physician's controls, the head
 * physician's department and the orders waiting for a physician; a control's file with
 * the forms to assign it, plan the visit, record the findings and issue the employer's
 * report.
 */
@Controller
class ControlPages {

	private final AbsenteeismControls controls;

	private final EmployerReports reports;

	private final Clock clock;

	ControlPages(AbsenteeismControls controls, EmployerReports reports, Clock clock) {
		this.controls = controls;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/admin/controls")
	String list(Model model) {
		model.addAttribute("mine", this.controls.assignedToMe());
		boolean assigns = Caller.holds(Permission.ASSIGN_CONTROLS);
		model.addAttribute("assigns", assigns);
		model.addAttribute("departments", assigns ? this.controls.ofMyDepartments() : List.of());
		model.addAttribute("waiting", assigns ? this.controls.waiting() : List.of());
		return "dossiers/controls";
	}

	@GetMapping("/admin/controls/{id}")
	String file(@PathVariable UUID id, Model model) {
		return file(id, model, null, List.of());
	}

	@PostMapping("/admin/controls/{id}/assignment")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID physician, Model model) {
		try {
			this.controls.assign(id, physician == null ? null : new AccountId(physician));
		}
		catch (InvalidInput invalid) {
			return file(id, model, "assignment", invalid.errors());
		}
		return "redirect:/admin/controls/" + id;
	}

	@PostMapping("/admin/controls/{id}/visit")
	String plan(@PathVariable UUID id, @RequestParam(required = false) @Nullable VisitKind kind,
			@RequestParam(required = false) @Nullable LocalDate day,
			@RequestParam(required = false) @Nullable LocalTime time,
			@RequestParam(required = false) @Nullable String place, Model model) {
		model.addAttribute("typed", Map.of("kind", kind == null ? "" : kind.name(), "day", day == null ? "" : day,
				"time", time == null ? "" : time, "place", place == null ? "" : place));
		try {
			this.controls.plan(id, kind, day == null ? null
					: day.atTime(time == null ? LocalTime.of(9, 0) : time).atZone(this.clock.getZone()).toInstant(),
					place);
		}
		catch (InvalidInput invalid) {
			return file(id, model, "visit", invalid.errors());
		}
		return "redirect:/admin/controls/" + id;
	}

	@PostMapping("/admin/controls/{id}/findings")
	String record(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate examinedOn,
			@RequestParam(required = false) @Nullable Conclusion conclusion,
			@RequestParam(required = false) @Nullable LocalDate justifiedUntil,
			@RequestParam(required = false) @Nullable LocalDate resumableOn,
			@RequestParam(required = false) @Nullable String findings, Model model) {
		Finding finding = new Finding(examinedOn, conclusion, justifiedUntil, resumableOn, findings);
		try {
			this.controls.record(id, finding);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("typedFinding", finding);
			return file(id, model, "findings", invalid.errors());
		}
		return "redirect:/admin/controls/" + id;
	}

	@PostMapping("/admin/controls/{id}/report")
	String report(@PathVariable UUID id) {
		this.reports.issue(id);
		return "redirect:/admin/controls/" + id + "?reported";
	}

	private String file(UUID id, Model model, @Nullable String form, List<FieldError> errors) {
		Opened opened = this.controls.file(id);
		model.addAttribute("opened", opened);
		model.addAttribute("file", opened.file());
		model.addAttribute("control", opened.file().control());
		model.addAttribute("assignees",
				Caller.holds(Permission.ASSIGN_CONTROLS) ? this.controls.assignees() : List.of());
		model.addAttribute("conclusions", Conclusion.values());
		model.addAttribute("kinds", VisitKind.values());
		model.addAttribute("form", form);
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "dossiers/file";
	}

}
