package org.tutela.incidents.web;

import java.io.IOException;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tutela.incidents.AgreementDocument;
import org.tutela.incidents.AgreementForm;
import org.tutela.incidents.ProcessorAgreement;
import org.tutela.incidents.ProcessorAgreements;
import org.tutela.incidents.ProcessorStanding;
import org.tutela.incidents.SubProcessorForm;
import org.tutela.incidents.processor.CountryNames;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Eea;

/**
 * The data protection officer's register of processor agreements: every processor the
 * pack names with its standing, a processor's page with the form to record its agreement
 * and its sub-processors, the signed document, and the overview for clients, which a
 * client's contact downloads from the portal too (MEN-12, MEN-13).
 */
@Controller
class ProcessorPages {

	private static final String PATH = "/admin/processors";

	private final ProcessorAgreements agreements;

	ProcessorPages(ProcessorAgreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping(PATH)
	String register(Model model) {
		model.addAttribute("standings", this.agreements.register());
		return "incidents/processors";
	}

	@GetMapping(PATH + "/{id}")
	String processor(@PathVariable String id, Model model, Locale locale) {
		ProcessorStanding standing = this.agreements.open(id);
		return page(model, standing, recorded(standing), SubProcessorForm.empty(), List.of(), locale);
	}

	@PostMapping(PATH + "/{id}")
	String record(@PathVariable String id, @ModelAttribute AgreementForm typed,
			@RequestParam(required = false) @Nullable MultipartFile document, Model model, Locale locale)
			throws IOException {
		try {
			this.agreements.record(id, typed, document(document));
			return "redirect:" + PATH + "/" + id + "?recorded";
		}
		catch (InvalidInput invalid) {
			return page(model, this.agreements.open(id), typed, SubProcessorForm.empty(), invalid.errors(), locale);
		}
	}

	@PostMapping(PATH + "/{id}/sub-processors")
	String addSubProcessor(@PathVariable String id, @RequestParam(required = false) @Nullable String subName,
			@RequestParam(required = false) @Nullable String subService,
			@RequestParam(required = false) @Nullable String subCountry,
			@RequestParam(required = false) @Nullable String subProcesses,
			@RequestParam(required = false) @Nullable String subStores,
			@RequestParam(required = false) @Nullable String subSafeguard,
			@RequestParam(required = false) @Nullable String subSafeguardOn, Model model, Locale locale) {
		SubProcessorForm typed = new SubProcessorForm(subName, subService, subCountry, subProcesses, subStores,
				subSafeguard, subSafeguardOn);
		try {
			this.agreements.addSubProcessor(id, typed);
			return "redirect:" + PATH + "/" + id + "#sub-processors";
		}
		catch (InvalidInput invalid) {
			ProcessorStanding standing = this.agreements.open(id);
			return page(model, standing, recorded(standing), typed, invalid.errors(), locale);
		}
	}

	@PostMapping(PATH + "/{id}/sub-processors/{subProcessor}/remove")
	String removeSubProcessor(@PathVariable String id, @PathVariable UUID subProcessor) {
		this.agreements.removeSubProcessor(id, subProcessor);
		return "redirect:" + PATH + "/" + id + "#sub-processors";
	}

	@GetMapping(PATH + "/{id}/agreement.pdf")
	ResponseEntity<byte[]> agreement(@PathVariable String id) {
		return pdf("agreement.pdf", this.agreements.document(id).content());
	}

	@GetMapping(PATH + "/overview.pdf")
	ResponseEntity<byte[]> overview(Locale locale) {
		return pdf("processors.pdf", this.agreements.overview(locale));
	}

	@GetMapping("/me/processors.pdf")
	ResponseEntity<byte[]> overviewForClients(Locale locale) {
		return pdf("processors.pdf", this.agreements.overviewForClients(locale));
	}

	private String page(Model model, ProcessorStanding standing, AgreementForm typed, SubProcessorForm subProcessor,
			List<FieldError> errors, Locale locale) {
		model.addAttribute("standing", standing);
		model.addAttribute("countries", CountryNames.in(locale));
		model.addAttribute("storageOutsideEeaRefused", this.agreements.refusesStorageOutsideEea());
		model.addAttribute("typed", typed);
		model.addAttribute("sub", subProcessor);
		model.addAttribute("safeguards", Eea.SAFEGUARDS.stream().sorted().toList());
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		return "incidents/processor";
	}

	private static AgreementForm recorded(ProcessorStanding standing) {
		ProcessorAgreement agreement = standing.agreement();
		return agreement == null ? AgreementForm.empty() : agreement.form();
	}

	/**
	 * The uploaded file; none when the field was left empty. A chosen file with no bytes
	 * stays, to be refused as empty.
	 */
	private static @Nullable AgreementDocument document(@Nullable MultipartFile file) throws IOException {
		if (file == null
				|| (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			return null;
		}
		String name = String.valueOf(file.getOriginalFilename());
		return new AgreementDocument(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1),
				file.getBytes());
	}

	private static ResponseEntity<byte[]> pdf(String name, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

}
