package org.tutela.dossiers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tutela.dossiers.surveillance.AssessmentForm;
import org.tutela.dossiers.surveillance.AssessmentReport;
import org.tutela.dossiers.surveillance.Decision;
import org.tutela.dossiers.surveillance.HealthAssessments;
import org.tutela.dossiers.surveillance.HealthFiles;
import org.tutela.dossiers.surveillance.HealthFiles.Opened;
import org.tutela.dossiers.surveillance.NewExamination;
import org.tutela.dossiers.surveillance.NewHealthFile;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The occupational physician's pages of health surveillance: their health files (a head
 * physician's also those of the department), the form to open one for a worker of a
 * client, a file in its four sections with the forms to assign it, write the occupational
 * history, record an examination with its assessment, issue it to the employer, print it
 * for the worker and write one's own notes; and the workstations with their exposure.
 */
@Controller
class HealthFilePages {

	private final HealthFiles files;

	private final HealthAssessments assessments;

	private final PdfDocuments pdfs;

	private final Clock clock;

	HealthFilePages(HealthFiles files, HealthAssessments assessments, PdfDocuments pdfs, Clock clock) {
		this.files = files;
		this.assessments = assessments;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	@GetMapping("/admin/health-files")
	String list(Model model) {
		model.addAttribute("mine", this.files.assignedToMe());
		boolean heads = Caller.holds(Permission.ASSIGN_CONTROLS);
		model.addAttribute("heads", heads);
		model.addAttribute("departments", heads ? this.files.ofMyDepartments() : List.of());
		return "dossiers/health-files";
	}

	@GetMapping("/admin/health-files/new")
	String opening(@RequestParam(required = false) @Nullable String employer, Model model) {
		model.addAttribute("employer", employer);
		return opening(model, List.of(), null, employer);
	}

	@PostMapping("/admin/health-files/new")
	String open(@RequestParam(required = false) @Nullable UUID organisation,
			@RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable LocalDate birthDate,
			@RequestParam(required = false) @Nullable String nationalNumber,
			@RequestParam(required = false) @Nullable String workstation,
			@RequestParam(required = false) @Nullable String jobFunction,
			@RequestParam(required = false) @Nullable LocalDate employedSince,
			@RequestParam(required = false) @Nullable String employer, Model model) {
		NewHealthFile opening = new NewHealthFile(organisation, firstName, lastName, birthDate, nationalNumber,
				workstation, jobFunction, employedSince);
		try {
			return "redirect:/admin/health-files/" + this.files.open(opening);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("employer", employer);
			return opening(model, invalid.errors(), opening, employer);
		}
	}

	@GetMapping("/admin/health-files/{id}")
	String file(@PathVariable UUID id, Model model) {
		return file(id, model, null, List.of());
	}

	@PostMapping("/admin/health-files/{id}/assignment")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID physician, Model model) {
		try {
			this.files.assign(id, physician == null ? null : new AccountId(physician));
		}
		catch (InvalidInput invalid) {
			return file(id, model, "assignment", invalid.errors());
		}
		return "redirect:/admin/health-files/" + id;
	}

	@PostMapping("/admin/health-files/{id}/history")
	String history(@PathVariable UUID id, @RequestParam(required = false) @Nullable String history, Model model) {
		try {
			this.files.history(id, history);
		}
		catch (InvalidInput invalid) {
			return file(id, model, "history", invalid.errors());
		}
		return "redirect:/admin/health-files/" + id;
	}

	@PostMapping("/admin/health-files/{id}/examinations")
	String examine(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate examinedOn,
			@RequestParam(required = false) @Nullable String findings,
			@RequestParam(required = false) @Nullable Decision decision,
			@RequestParam(required = false) @Nullable LocalDate until,
			@RequestParam(required = false) @Nullable String measures,
			@RequestParam(required = false) @Nullable LocalDate nextOn, Model model) {
		NewExamination examination = new NewExamination(examinedOn, findings, decision, until, measures, nextOn);
		try {
			this.files.examine(id, examination);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("typed", examination);
			return file(id, model, "examination", invalid.errors());
		}
		return "redirect:/admin/health-files/" + id + "?examined";
	}

	@PostMapping("/admin/health-files/{id}/notes")
	String note(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model) {
		try {
			this.files.note(id, note);
		}
		catch (InvalidInput invalid) {
			return file(id, model, "note", invalid.errors());
		}
		return "redirect:/admin/health-files/" + id;
	}

	@PostMapping("/admin/health-files/{id}/examinations/{examination}/issue")
	String issue(@PathVariable UUID id, @PathVariable UUID examination) {
		this.assessments.issue(examination);
		return "redirect:/admin/health-files/" + id + "?issued";
	}

	@PostMapping("/admin/health-files/{id}/examinations/{examination}/handed")
	String handed(@PathVariable UUID id, @PathVariable UUID examination) {
		this.assessments.handed(examination);
		return "redirect:/admin/health-files/" + id + "?handed";
	}

	@GetMapping("/admin/health-files/{id}/examinations/{examination}/form.pdf")
	ResponseEntity<byte[]> form(@PathVariable UUID id, @PathVariable UUID examination, Locale locale) {
		return pdf(this.pdfs, this.assessments.forWorker(examination), locale);
	}

	@GetMapping("/admin/workstations")
	String workstations(Model model) {
		return workstations(model, null, List.of());
	}

	@PostMapping("/admin/workstations/{id}")
	String exposure(@PathVariable UUID id, @RequestParam(required = false) @Nullable String exposure, Model model) {
		try {
			this.files.exposure(id, exposure);
		}
		catch (InvalidInput invalid) {
			return workstations(model, id, invalid.errors());
		}
		return "redirect:/admin/workstations?saved";
	}

	/** The form as a PDF, for the worker or the employer: the conclusion alone. */
	static ResponseEntity<byte[]> pdf(PdfDocuments pdfs, AssessmentReport report, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(report.reference() + "-" + report.examinedOn() + ".pdf")
						.build()
						.toString())
			.body(pdfs.render("dossiers/assessment-pdf", Map.of("report", report), locale));
	}

	private String workstations(Model model, @Nullable UUID failed, List<FieldError> errors) {
		model.addAttribute("stations", this.files.workstations());
		model.addAttribute("failed", failed);
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		return "dossiers/workstations";
	}

	private String opening(Model model, List<FieldError> errors, @Nullable NewHealthFile typed,
			@Nullable String employer) {
		model.addAttribute("organisations", this.files.clients(employer));
		model.addAttribute("typed", typed);
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		return "dossiers/health-file-new";
	}

	private String file(UUID id, Model model, @Nullable String form, List<FieldError> errors) {
		Opened opened = this.files.file(id);
		model.addAttribute("opened", opened);
		model.addAttribute("file", opened.file());
		model.addAttribute("assignees", Caller.holds(Permission.ASSIGN_CONTROLS) ? this.files.assignees() : List.of());
		model.addAttribute("healthDecisions", Decision.of(AssessmentForm.HEALTH_ASSESSMENT));
		model.addAttribute("reintegrationDecisions", Decision.of(AssessmentForm.REINTEGRATION));
		model.addAttribute("form", form);
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "dossiers/health-file";
	}

}
