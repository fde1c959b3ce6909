package org.tutela.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.incidents.processor.CheckedAgreement;
import org.tutela.platform.pdf.PdfFiles;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Eea;
import org.tutela.register.Processor;

/**
 * The rules an agreement and a sub-processor keep before anything is stored, every broken
 * one named with its field: the review cannot come before the signature, data leaving the
 * EEA needs a safeguard (standard contractual clauses with their date), storage outside
 * the EEA is refused where the pack promises none (CER-8), names are without markup, and
 * the document is a PDF by its bytes, neither empty nor too large.
 */
@Component
class AgreementChecks {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final Clock clock;

	AgreementChecks(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The agreement's fields, checked; a document is required for the first recording,
	 * and checked whenever one is given.
	 */
	CheckedAgreement agreement(Processor processor, AgreementForm form, @Nullable AgreementDocument document,
			boolean documentRequired, boolean refusesStorageOutsideEea) {
		List<FieldError> errors = new ArrayList<>();
		LocalDate signed = date("signedOn", form.signedOn(), true, errors);
		if (signed != null && signed.isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError("signedOn", "processor.signed-in-future"));
		}
		LocalDate review = date("reviewOn", form.reviewOn(), true, errors);
		if (signed != null && review != null && review.isBefore(signed)) {
			errors.add(new FieldError("reviewOn", "processor.review-before-signed"));
		}
		String storage = country("storageCountry", form.storageCountry(), errors);
		if (storage != null && refusesStorageOutsideEea && !Eea.contains(storage)) {
			errors.add(new FieldError("storageCountry", "processor.storage-outside-eea"));
		}
		boolean leaves = !Eea.contains(processor.country()) || (storage != null && !Eea.contains(storage));
		String safeguard = safeguard("safeguard", form.safeguard(), leaves, errors);
		LocalDate safeguardOn = safeguardDate("safeguardOn", safeguard, form.safeguardOn(), errors);
		document(document, documentRequired, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new CheckedAgreement(processor.name(), signed, review, String.valueOf(storage), safeguard, safeguardOn);
	}

	/**
	 * A sub-processor, checked; the fields are named as the page's form names them
	 * ({@code subName}, {@code subCountry}, …).
	 */
	SubProcessor subProcessor(SubProcessorForm form, boolean refusesStorageOutsideEea) {
		List<FieldError> errors = new ArrayList<>();
		AuthorityChecks.required("subName", form.name(), TextRule.LINE, errors);
		AuthorityChecks.required("subService", form.service(), TextRule.LINE, errors);
		String country = country("subCountry", form.country(), errors);
		boolean processes = form.processes() != null;
		boolean stores = form.stores() != null;
		if (!processes && !stores) {
			errors.add(new FieldError("subProcesses", "processor.processes-or-stores"));
		}
		if (country != null && stores && refusesStorageOutsideEea && !Eea.contains(country)) {
			errors.add(new FieldError("subCountry", "processor.storage-outside-eea"));
		}
		String safeguard = safeguard("subSafeguard", form.safeguard(), country != null && !Eea.contains(country),
				errors);
		LocalDate safeguardOn = safeguardDate("subSafeguardOn", safeguard, form.safeguardOn(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new SubProcessor(UUID.randomUUID(), String.valueOf(form.name()).strip(),
				String.valueOf(form.service()).strip(), String.valueOf(country), processes, stores, safeguard,
				safeguardOn);
	}

	private static void document(@Nullable AgreementDocument document, boolean required, List<FieldError> errors) {
		if (document == null) {
			if (required) {
				errors.add(new FieldError("document", "required"));
			}
			return;
		}
		String problem = TextRule.LINE.problem(document.name());
		if (document.content().length == 0) {
			errors.add(new FieldError("document", "processor.document-empty"));
		}
		else if (document.content().length > PdfFiles.MAX_SIZE) {
			errors.add(new FieldError("document", "processor.document-too-large"));
		}
		else if (!PdfFiles.isPdf(document.content())) {
			errors.add(new FieldError("document", "processor.document-not-pdf"));
		}
		else if (problem != null) {
			errors.add(new FieldError("document", problem));
		}
	}

	private static @Nullable String safeguard(String field, @Nullable String typed, boolean needed,
			List<FieldError> errors) {
		if (typed == null || typed.isBlank()) {
			if (needed) {
				errors.add(new FieldError(field, "processor.safeguard-needed"));
			}
			return null;
		}
		if (!Eea.SAFEGUARDS.contains(typed)) {
			errors.add(new FieldError(field, "processor.safeguard"));
			return null;
		}
		return typed;
	}

	/** The safeguard's date: required for standard contractual clauses. */
	private @Nullable LocalDate safeguardDate(String field, @Nullable String safeguard, @Nullable String typed,
			List<FieldError> errors) {
		LocalDate date = date(field, typed, "scc".equals(safeguard), errors);
		if (date != null && date.isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError(field, "processor.signed-in-future"));
		}
		return date;
	}

	private static @Nullable LocalDate date(String field, @Nullable String typed, boolean required,
			List<FieldError> errors) {
		if (typed == null || typed.isBlank()) {
			if (required) {
				errors.add(new FieldError(field, "required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.add(new FieldError(field, typed.length() > 40 ? "too-long" : "processor.date"));
			return null;
		}
	}

	private static @Nullable String country(String field, @Nullable String typed, List<FieldError> errors) {
		if (typed == null || typed.isBlank()) {
			errors.add(new FieldError(field, "required"));
			return null;
		}
		String code = typed.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(code)) {
			errors.add(new FieldError(field, typed.length() > 40 ? "too-long" : "processor.country"));
			return null;
		}
		return code;
	}

}
