package org.tutela.recruitment.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.recruitment.Applications;
import org.tutela.recruitment.Cv;
import org.tutela.recruitment.NewVacancy;
import org.tutela.recruitment.Vacancies;
import org.tutela.recruitment.Vacancy;

/**
 * The back office's recruitment (SKI-2), for accounts holding the {@code recruitment}
 * permission: the vacancies with the form to open one, a vacancy with its applications
 * and the end of its procedure, an application with its CV to download.
 */
@Controller
class RecruitmentPages {

	private final Vacancies vacancies;

	private final Applications applications;

	RecruitmentPages(Vacancies vacancies, Applications applications) {
		this.vacancies = vacancies;
		this.applications = applications;
	}

	@PreAuthorize("hasAuthority('recruitment')")
	@GetMapping("/admin/recruitment")
	String vacancies(Model model) {
		return list(model, null, null, List.of());
	}

	@PreAuthorize("hasAuthority('recruitment')")
	@PostMapping("/admin/recruitment")
	String open(@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String closesOn, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		LocalDate closes = null;
		try {
			closes = closesOn == null || closesOn.isBlank() ? null : LocalDate.parse(closesOn.strip());
		}
		catch (DateTimeParseException notADay) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return list(model, title, closesOn, List.of(new FieldError("closesOn", "date")));
		}
		try {
			UUID id = this.vacancies.open(new NewVacancy(title, closes));
			redirect.addFlashAttribute("saved", "opened");
			return "redirect:/admin/recruitment/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return list(model, title, closesOn, invalid.errors());
		}
	}

	private String list(Model model, @Nullable String title, @Nullable String closesOn, List<FieldError> errors) {
		model.addAttribute("vacancies", this.vacancies.all());
		model.addAttribute("typedTitle", title);
		model.addAttribute("typedClosesOn", closesOn);
		model.addAttribute("errors", errors);
		return "recruitment/vacancies";
	}

	@PreAuthorize("hasAuthority('recruitment')")
	@GetMapping("/admin/recruitment/{id}")
	String vacancy(@PathVariable UUID id, Locale locale, Model model) {
		Vacancy vacancy = this.vacancies.get(id);
		model.addAttribute("vacancy", vacancy);
		model.addAttribute("applications", this.applications.of(vacancy));
		model.addAttribute("shortPeriod", this.vacancies.period(false, locale));
		model.addAttribute("longPeriod", this.vacancies.period(true, locale));
		return "recruitment/vacancy";
	}

	@PreAuthorize("hasAuthority('recruitment')")
	@PostMapping("/admin/recruitment/{id}/end")
	String end(@PathVariable UUID id, RedirectAttributes redirect) {
		this.vacancies.end(id);
		redirect.addFlashAttribute("saved", "ended");
		return "redirect:/admin/recruitment/" + id;
	}

	@PreAuthorize("hasAuthority('recruitment')")
	@GetMapping("/admin/recruitment/applications/{id}")
	String application(@PathVariable UUID id, Model model) {
		model.addAttribute("jobApplication", this.applications.get(id));
		return "recruitment/application";
	}

	@PreAuthorize("hasAuthority('recruitment')")
	@GetMapping("/admin/recruitment/applications/{id}/cv.pdf")
	ResponseEntity<byte[]> cv(@PathVariable UUID id, Locale locale) {
		Cv cv = this.applications.cv(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(cv.name(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(cv.content());
	}

}
