package org.tutela.dossiers.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;
import org.tutela.dossiers.Award;
import org.tutela.dossiers.Awards;
import org.tutela.dossiers.Awards.AwardView;
import org.tutela.dossiers.NewCandidacy;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.requests.StaffIntake.Document;

/**
 * The award pages (VCK-5): the coordinator's awards with their jurors and the envelope of
 * their candidacies; a juror's awards, the confidentiality statement they sign, and then
 * the candidacies' dossiers.
 */
@Controller
class AwardPages {

	private final Awards awards;

	AwardPages(Awards awards) {
		this.awards = awards;
	}

	@GetMapping("/admin/awards")
	String list(Model model) {
		return list(model, null, null, List.of());
	}

	@PostMapping("/admin/awards")
	String create(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer year, Model model) {
		try {
			Award award = this.awards.create(name, year);
			return "redirect:/admin/awards/" + award.id();
		}
		catch (InvalidInput invalid) {
			return list(model, name, year, invalid.errors());
		}
	}

	@GetMapping("/admin/awards/{id}")
	String award(@PathVariable UUID id, Model model) {
		return award(id, model, null, List.of());
	}

	@PostMapping("/admin/awards/{id}/jurors")
	String assign(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID juror, Model model) {
		try {
			this.awards.assign(id, juror == null ? null : new AccountId(juror));
		}
		catch (InvalidInput invalid) {
			return award(id, model, "jurors", invalid.errors());
		}
		return "redirect:/admin/awards/" + id;
	}

	@PostMapping("/admin/awards/{id}/signature")
	String sign(@PathVariable UUID id) {
		this.awards.sign(id);
		return "redirect:/admin/awards/" + id;
	}

	@PostMapping("/admin/awards/{id}/candidacies")
	String register(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID candidate,
			@RequestParam(required = false) @Nullable UUID organisation,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable LocalDate receivedOn,
			@RequestParam(required = false) @Nullable String summary,
			@RequestParam(required = false) @Nullable MultipartFile dossier, Model model) throws IOException {
		Document document = dossier == null || dossier.isEmpty() ? null
				: new Document(String.valueOf(dossier.getOriginalFilename()), "application/pdf", dossier.getBytes());
		NewCandidacy candidacy = new NewCandidacy(candidate == null ? null : new PersonId(candidate), organisation,
				title, receivedOn, summary, document);
		try {
			this.awards.register(id, candidacy);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("typed", candidacy);
			return award(id, model, "candidacy", invalid.errors());
		}
		return "redirect:/admin/awards/" + id + "#candidacies";
	}

	@GetMapping("/admin/candidacies/{id}")
	String candidacy(@PathVariable UUID id, Model model) {
		model.addAttribute("opened", this.awards.candidacy(id));
		return "dossiers/candidacy";
	}

	@GetMapping("/admin/candidacies/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable UUID id) {
		return this.awards.document(id)
			.map(document -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(document.name()).build().toString())
				.body(document.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private String list(Model model, @Nullable String name, @Nullable Integer year, List<FieldError> errors) {
		model.addAttribute("awards", this.awards.list());
		model.addAttribute("manages", Caller.holds(Permission.MANAGE_AWARDS));
		model.addAttribute("typedName", name == null ? "" : name);
		model.addAttribute("typedYear", year == null ? "" : year);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		return "dossiers/awards";
	}

	private String award(UUID id, Model model, @Nullable String form, List<FieldError> errors) {
		AwardView view = this.awards.award(id);
		model.addAttribute("view", view);
		model.addAttribute("manages", view.me() == null);
		model.addAttribute("juryMembers", view.me() == null ? this.awards.juryMembers() : List.of());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("statementVersion", Awards.STATEMENT_VERSION);
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new NewCandidacy(null, null, null, null, null, null));
		}
		return "dossiers/award";
	}

}
