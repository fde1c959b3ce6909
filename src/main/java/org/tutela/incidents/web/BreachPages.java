package org.tutela.incidents.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
import org.tutela.incidents.AuthorityNotification;
import org.tutela.incidents.Breach;
import org.tutela.incidents.BreachForm;
import org.tutela.incidents.BreachRisk;
import org.tutela.incidents.Breaches;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The data protection officer's breach register: every breach with its clocks, the form
 * to record or change one, and a breach's page with the notification to the authority,
 * the submissions and the clients contacted.
 */
@Controller
class BreachPages {

	private final Breaches breaches;

	private final Clock clock;

	BreachPages(Breaches breaches, Clock clock) {
		this.breaches = breaches;
		this.clock = clock;
	}

	@GetMapping("/admin/breaches")
	String register(Model model) {
		model.addAttribute("breaches", this.breaches.register());
		return "incidents/breaches";
	}

	@GetMapping("/admin/breaches/new")
	String blank(Model model) {
		this.breaches.checkKeeping();
		return form(model, null, BreachForm.empty(), List.of());
	}

	@PostMapping("/admin/breaches/new")
	String record(@ModelAttribute BreachForm typed, Model model) {
		try {
			Breach breach = this.breaches.record(typed);
			return "redirect:/admin/breaches/" + breach.id() + "?recorded";
		}
		catch (InvalidInput invalid) {
			return form(model, null, typed, invalid.errors());
		}
	}

	@GetMapping("/admin/breaches/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Breach breach = this.breaches.open(id);
		return form(model, breach, breach.form(this.clock.getZone()), List.of());
	}

	@PostMapping("/admin/breaches/{id}/edit")
	String change(@PathVariable UUID id, @ModelAttribute BreachForm typed, Model model) {
		try {
			this.breaches.change(id, typed);
			return "redirect:/admin/breaches/" + id + "?changed";
		}
		catch (InvalidInput invalid) {
			return form(model, this.breaches.open(id), typed, invalid.errors());
		}
	}

	@GetMapping("/admin/breaches/{id}")
	String breach(@PathVariable UUID id, Model model, Locale locale) {
		return page(model, id, locale, List.of(), Map.of());
	}

	@GetMapping("/admin/breaches/{id}/file.pdf")
	ResponseEntity<byte[]> file(@PathVariable UUID id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("breach.pdf").build().toString())
			.body(this.breaches.file(id, locale));
	}

	@PostMapping("/admin/breaches/{id}/submissions")
	String submitted(@PathVariable UUID id, @RequestParam(required = false) @Nullable String phase,
			@RequestParam(required = false) @Nullable String submittedAt,
			@RequestParam(required = false) @Nullable String authorityReference, Model model, Locale locale) {
		try {
			this.breaches.submitted(id, phase, submittedAt, authorityReference);
			return "redirect:/admin/breaches/" + id + "?submitted#submissions";
		}
		catch (InvalidInput invalid) {
			return page(model, id, locale, invalid.errors(),
					typed("submittedAt", submittedAt, "authorityReference", authorityReference));
		}
	}

	@PostMapping("/admin/breaches/{id}/clients-contacted")
	String clientsContacted(@PathVariable UUID id, @RequestParam(required = false) @Nullable String contactedAt,
			Model model, Locale locale) {
		try {
			this.breaches.clientsContacted(id, contactedAt);
			return "redirect:/admin/breaches/" + id + "?contacted#clocks";
		}
		catch (InvalidInput invalid) {
			return page(model, id, locale, invalid.errors(), typed("contactedAt", contactedAt, "", null));
		}
	}

	@PostMapping("/admin/breaches/{id}/clients")
	String listClient(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID organisation, Model model,
			Locale locale) {
		try {
			this.breaches.listClient(id, organisation);
			return "redirect:/admin/breaches/" + id + "#clients";
		}
		catch (InvalidInput invalid) {
			return page(model, id, locale, invalid.errors(), Map.of());
		}
	}

	@PostMapping("/admin/breaches/{id}/clients/told")
	String clientTold(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID organisation,
			@RequestParam(required = false) @Nullable String toldAt, Model model, Locale locale) {
		try {
			this.breaches.clientTold(id, organisation, toldAt);
			return "redirect:/admin/breaches/" + id + "#clients";
		}
		catch (InvalidInput invalid) {
			return page(model, id, locale, invalid.errors(), Map.of());
		}
	}

	private String form(Model model, @Nullable Breach breach, BreachForm typed, List<FieldError> errors) {
		model.addAttribute("breach", breach);
		model.addAttribute("typed", typed);
		model.addAttribute("risks", BreachRisk.values());
		problems(model, errors);
		model.addAttribute("now", now());
		return "incidents/breach-form";
	}

	private String page(Model model, UUID id, Locale locale, List<FieldError> errors, Map<String, String> typed) {
		AuthorityNotification notification = this.breaches.notification(id, locale);
		model.addAttribute("notification", notification);
		model.addAttribute("breach", notification.breach());
		model.addAttribute("clientsClock", this.breaches.clientsClock());
		model.addAttribute("clients", this.breaches.clients(id));
		model.addAttribute("typed", typed);
		problems(model, errors);
		model.addAttribute("now", now());
		return "incidents/breach";
	}

	private static void problems(Model model, List<FieldError> errors) {
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
	}

	/** The moment a form suggests: now, to the minute, as a browser's field takes it. */
	private String now() {
		return LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	private static Map<String, String> typed(String field, @Nullable String value, String other,
			@Nullable String otherValue) {
		return Map.of(field, value == null ? "" : value, other, otherValue == null ? "" : otherValue);
	}

}
