package org.tutela.dossiers.web;

import java.time.Clock;
import java.time.LocalDate;
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
import org.tutela.dossiers.psychosocial.CaseKind;
import org.tutela.dossiers.psychosocial.CaseSummary;
import org.tutela.dossiers.psychosocial.InterventionRequest;
import org.tutela.dossiers.psychosocial.PsychosocialCases;
import org.tutela.dossiers.psychosocial.PsychosocialCases.Listed;
import org.tutela.dossiers.psychosocial.PsychosocialCases.Opened;
import org.tutela.identity.AccountId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The psychosocial prevention adviser's pages: the cases they handle, open ones first;
 * the form to register a request for formal psychosocial intervention; a case with its
 * notes, its closing and its hand-over to another adviser.
 */
@Controller
class PsychosocialPages {

	private static final List<String> LANGUAGES = List.of("nl", "fr", "en", "de");

	private final PsychosocialCases cases;

	private final Clock clock;

	PsychosocialPages(PsychosocialCases cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@GetMapping("/admin/psychosocial")
	String list(Model model) {
		List<Listed> mine = this.cases.mine();
		model.addAttribute("open", mine.stream().filter(listed -> listed.summary().open()).toList());
		model.addAttribute("closed", mine.stream().filter(listed -> !listed.summary().open()).toList());
		return "dossiers/psychosocial-cases";
	}

	@GetMapping("/admin/psychosocial/new")
	String form(Model model) {
		this.cases.checkRegistering();
		return form(model, new InterventionRequest(null, null, null, null, null, null, null, null, null, null),
				List.of());
	}

	@PostMapping("/admin/psychosocial/new")
	String register(@RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable LocalDate birthDate,
			@RequestParam(required = false) @Nullable String nationalNumber,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String employerName,
			@RequestParam(required = false) @Nullable CaseKind requestKind,
			@RequestParam(required = false) @Nullable LocalDate submittedOn,
			@RequestParam(required = false) @Nullable String facts,
			@RequestParam(required = false) @Nullable String involved, Model model) {
		InterventionRequest request = new InterventionRequest(firstName, lastName, birthDate, nationalNumber, language,
				employerName, requestKind, submittedOn, facts, involved);
		try {
			CaseSummary registered = this.cases.register(request);
			return "redirect:/admin/psychosocial/" + registered.id() + "?registered";
		}
		catch (InvalidInput invalid) {
			return form(model, request, invalid.errors());
		}
	}

	@GetMapping("/admin/psychosocial/{id}")
	String file(@PathVariable UUID id, Model model) {
		return file(id, model, null, List.of(), Map.of());
	}

	@PostMapping("/admin/psychosocial/{id}/notes")
	String note(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate notedOn,
			@RequestParam(required = false) @Nullable String note, Model model) {
		try {
			this.cases.note(id, notedOn, note);
		}
		catch (InvalidInput invalid) {
			return file(id, model, "note", invalid.errors(), typed("notedOn", notedOn, "note", note));
		}
		return "redirect:/admin/psychosocial/" + id + "#notes";
	}

	@PostMapping("/admin/psychosocial/{id}/closing")
	String close(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate closedOn,
			@RequestParam(required = false) @Nullable String outcome, Model model) {
		try {
			this.cases.close(id, closedOn, outcome);
		}
		catch (InvalidInput invalid) {
			return file(id, model, "closing", invalid.errors(), typed("closedOn", closedOn, "outcome", outcome));
		}
		return "redirect:/admin/psychosocial/" + id;
	}

	@PostMapping("/admin/psychosocial/{id}/hand-over")
	String handOver(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID adviser, Model model) {
		try {
			this.cases.handOver(id, adviser == null ? null : new AccountId(adviser));
		}
		catch (InvalidInput invalid) {
			return file(id, model, "hand-over", invalid.errors(), Map.of());
		}
		return "redirect:/admin/psychosocial?handed";
	}

	private String form(Model model, InterventionRequest request, List<FieldError> errors) {
		model.addAttribute("request", request);
		model.addAttribute("kinds", CaseKind.values());
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "dossiers/psychosocial-new";
	}

	private String file(UUID id, Model model, @Nullable String form, List<FieldError> errors,
			Map<String, String> typed) {
		Opened opened = this.cases.file(id);
		model.addAttribute("opened", opened);
		model.addAttribute("file", opened.file());
		model.addAttribute("summary", opened.file().summary());
		model.addAttribute("advisers", this.cases.otherAdvisers());
		model.addAttribute("form", form);
		model.addAttribute("typed", typed);
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "dossiers/psychosocial-case";
	}

	private static Map<String, String> typed(String dayField, @Nullable LocalDate day, String textField,
			@Nullable String text) {
		return Map.of(dayField, day == null ? "" : day.toString(), textField, text == null ? "" : text);
	}

}
