package org.tutela.recruitment.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.platform.forms.FormTiming;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.recruitment.Applying;
import org.tutela.recruitment.KeepingLonger;
import org.tutela.recruitment.KeptApplication;
import org.tutela.recruitment.SentApplication;
import org.tutela.recruitment.Vacancies;
import org.tutela.recruitment.Vacancy;

/**
 * The public vacancies and the application form of each (SKI-2): the CV a PDF of at most
 * 5 MB, the unticked box to keep the application for other vacancies, the notice beside
 * it and the same spam protection as every public form (SKI-11); a refused form says why
 * beside the field and stores nothing. An applicant who ticked the box withdraws that
 * consent on their own page, opened by the link in the mail that confirmed it.
 */
@Controller
class JobPages {

	private final Vacancies vacancies;

	private final Applying applying;

	private final FormTiming timing;

	private final KeepingLonger keeping;

	JobPages(Vacancies vacancies, Applying applying, FormTiming timing, KeepingLonger keeping) {
		this.vacancies = vacancies;
		this.applying = applying;
		this.timing = timing;
		this.keeping = keeping;
	}

	@GetMapping("/jobs")
	String jobs(Model model) {
		model.addAttribute("vacancies", this.vacancies.taking());
		return "recruitment/jobs";
	}

	@GetMapping("/jobs/{id}")
	String form(@PathVariable UUID id, Locale locale, Model model) {
		return form(this.vacancies.taking(id), Map.of(), List.of(), locale, model);
	}

	@PostMapping("/jobs/{id}")
	String apply(@PathVariable UUID id, @RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String motivation,
			@RequestParam(required = false) @Nullable MultipartFile cv,
			@RequestParam(defaultValue = "false") boolean keepLonger,
			@RequestParam(required = false) @Nullable String shown, @RequestParam(defaultValue = "") String website,
			Locale locale, Model model, HttpServletResponse response) throws IOException {
		Vacancy vacancy = this.vacancies.taking(id);
		Map<String, String> values = new HashMap<>();
		put(values, "firstName", firstName);
		put(values, "lastName", lastName);
		put(values, "email", email);
		put(values, "phone", phone);
		put(values, "motivation", motivation);
		if (keepLonger) {
			values.put("keepLonger", "true");
		}
		if (!this.timing.human(shown, website)) {
			return refused(vacancy, values, List.of(new FieldError("form", "registration.robot")), locale, model,
					response);
		}
		SentApplication sent = new SentApplication(id, firstName, lastName, email, phone, motivation,
				cv == null ? null : cv.getOriginalFilename(), cv == null || cv.isEmpty() ? null : cv.getBytes(),
				keepLonger, locale.getLanguage());
		try {
			this.applying.apply(sent);
		}
		catch (InvalidInput invalid) {
			return refused(vacancy, values, invalid.errors(), locale, model, response);
		}
		model.addAttribute("vacancy", vacancy);
		return "recruitment/applied";
	}

	/**
	 * The applicant's own page, opened by the link in the mail confirming the consent to
	 * keep their application longer: what they agreed to, and the button to withdraw it.
	 */
	@GetMapping("/jobs/application/{token}")
	String kept(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		Optional<KeptApplication> kept = this.keeping.find(token);
		if (kept.isEmpty() && !model.containsAttribute("deleted")) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("kept", kept.orElse(null));
		model.addAttribute("token", token);
		model.addAttribute("shortPeriod", this.vacancies.period(false, locale));
		model.addAttribute("longPeriod", this.vacancies.period(true, locale));
		return "recruitment/kept";
	}

	/** Withdraws the consent, then shows the page again with what follows from it. */
	@PostMapping("/jobs/application/{token}/withdraw")
	String withdraw(@PathVariable String token, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Optional<KeptApplication> withdrawn = this.keeping.withdraw(token);
		if (withdrawn.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("kept", null);
			return "recruitment/kept";
		}
		redirect.addFlashAttribute("deleted", withdrawn.get().deleted());
		redirect.addFlashAttribute("withdrawnNow", true);
		return "redirect:/jobs/application/" + token;
	}

	private String refused(Vacancy vacancy, Map<String, String> values, List<FieldError> errors, Locale locale,
			Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(vacancy, values, errors, locale, model);
	}

	private String form(Vacancy vacancy, Map<String, String> values, List<FieldError> errors, Locale locale,
			Model model) {
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("activity", this.vacancies.activity().orElse(null));
		model.addAttribute("keepLongerWords", this.applying.keepLongerWords(locale));
		model.addAttribute("cvLimit", Applying.CV_LIMIT / (1024 * 1024));
		model.addAttribute("shown", this.timing.issue());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		Map<String, String> byField = new HashMap<>();
		errors.forEach(error -> byField.putIfAbsent(error.field(), error.code()));
		model.addAttribute("fieldErrors", byField);
		return "recruitment/apply";
	}

	private static void put(Map<String, String> values, String field, @Nullable String value) {
		if (value != null) {
			values.put(field, value);
		}
	}

}
