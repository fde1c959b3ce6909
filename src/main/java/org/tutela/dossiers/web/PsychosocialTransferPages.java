package org.tutela.dossiers.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.dossiers.psychosocial.NewServiceChange;
import org.tutela.dossiers.psychosocial.PsychosocialTransfers;
import org.tutela.dossiers.psychosocial.PsychosocialTransfers.Sent;
import org.tutela.dossiers.psychosocial.ServiceChange;
import org.tutela.dossiers.transfer.TransferStore.Letter;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The psychosocial prevention adviser's pages for a client that changes external service
 * (Code on well-being at work, book I, title 3, art. 34): the change recorded as the
 * client gave it; for each of the client's cases the adviser handles, the day the persons
 * concerned were told, or the new adviser's request for a closed one; and one encrypted
 * package for the new adviser.
 */
@Controller
class PsychosocialTransferPages {

	static final String PATH = "/admin/psychosocial/changes";

	private final PsychosocialTransfers transfers;

	private final Clock clock;

	PsychosocialTransferPages(PsychosocialTransfers transfers, Clock clock) {
		this.transfers = transfers;
		this.clock = clock;
	}

	@GetMapping(PATH)
	String changes(Model model) {
		return changes(model, List.of(), Map.of());
	}

	@PostMapping(PATH)
	String record(@RequestParam(required = false) @Nullable String employer,
			@RequestParam(required = false) @Nullable String newService,
			@RequestParam(required = false) @Nullable String newAdviser,
			@RequestParam(required = false) @Nullable String newAdviserAddress,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate changedOn,
			@RequestParam(required = false) @Nullable MultipartFile letter, Model model) throws IOException {
		Letter scan = TransferDownloads.letter(letter);
		try {
			ServiceChange change = this.transfers
				.record(new NewServiceChange(employer, newService, newAdviser, newAdviserAddress, changedOn, scan));
			return "redirect:" + PATH + "/" + change.id() + "?recorded";
		}
		catch (InvalidInput invalid) {
			Map<String, @Nullable Object> typed = new HashMap<>();
			typed.put("employer", employer);
			typed.put("newService", newService);
			typed.put("newAdviser", newAdviser);
			typed.put("newAdviserAddress", newAdviserAddress);
			typed.put("changedOn", changedOn);
			return changes(model, invalid.errors(), typed);
		}
	}

	@GetMapping(PATH + "/{id}")
	String change(@PathVariable UUID id, Model model) {
		return change(id, model, null, List.of(), Map.of());
	}

	@PostMapping(PATH + "/{id}/informed")
	String informed(
			@PathVariable UUID id, @RequestParam(name = "case") UUID caseId, @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate informedOn,
			Model model) {
		try {
			this.transfers.informed(id, caseId, informedOn);
		}
		catch (InvalidInput invalid) {
			return change(id, model, "informed-" + caseId, invalid.errors(), Map.of());
		}
		return "redirect:" + PATH + "/" + id + "#case-" + caseId;
	}

	@PostMapping(PATH + "/{id}/requests")
	String requested(@PathVariable UUID id, @RequestParam(name = "case") UUID caseId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate requestedOn,
			@RequestParam(required = false) @Nullable String reason, Model model) {
		try {
			this.transfers.requested(id, caseId, requestedOn, reason);
		}
		catch (InvalidInput invalid) {
			Map<String, @Nullable Object> typed = new HashMap<>();
			typed.put("requestedOn", requestedOn);
			typed.put("reason", reason);
			return change(id, model, "request-" + caseId, invalid.errors(), typed);
		}
		return "redirect:" + PATH + "/" + id + "#case-" + caseId;
	}

	@PostMapping(PATH + "/{id}/package")
	Object send(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> cases,
			@RequestParam(required = false) @Nullable String publicKey,
			@RequestParam(required = false) @Nullable String passphrase, Locale locale, Model model) {
		try {
			Sent sent = this.transfers.send(id, cases, publicKey, passphrase, locale);
			return TransferDownloads.sealed(sent.fileName(), sent.content());
		}
		catch (InvalidInput invalid) {
			return change(id, model, "package", invalid.errors(), Map.of("cases", cases == null ? List.of() : cases));
		}
	}

	private String changes(Model model, List<FieldError> errors, Map<String, @Nullable Object> typed) {
		model.addAttribute("clients", this.transfers.clients());
		model.addAttribute("recorded", this.transfers.recorded());
		problems(model, errors);
		model.addAttribute("typed", typed);
		return "dossiers/psychosocial-changes";
	}

	private String change(UUID id, Model model, @Nullable String form, List<FieldError> errors,
			Map<String, @Nullable Object> typed) {
		model.addAttribute("moving", this.transfers.change(id));
		model.addAttribute("form", form);
		model.addAttribute("today", LocalDate.now(this.clock));
		problems(model, errors);
		model.addAttribute("typed", typed);
		return "dossiers/psychosocial-change";
	}

	private static void problems(Model model, List<FieldError> errors) {
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
	}

}
