package org.tutela.incidents.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
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
import org.tutela.catalog.Sessions;
import org.tutela.incidents.AffectedPersons;
import org.tutela.incidents.AuthorityNotification;
import org.tutela.incidents.Breach;
import org.tutela.incidents.BreachForm;
import org.tutela.incidents.BreachNotice;
import org.tutela.incidents.BreachNotices;
import org.tutela.incidents.BreachRisk;
import org.tutela.incidents.Breaches;
import org.tutela.incidents.NoticeProgress;
import org.tutela.outreach.MailingLists;
import org.tutela.platform.dates.Dates;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The data protection officer's breach register: every breach with its clocks, the form
 * to record or change one, and a breach's page with the notification to the authority,
 * the submissions, the clients contacted and, for a high risk, the persons told.
 */
@Controller
class BreachPages {

	private final Breaches breaches;

	private final BreachNotices notices;

	private final Sessions sessions;

	private final MailingLists lists;

	private final Dates dates;

	private final Clock clock;

	BreachPages(Breaches breaches, BreachNotices notices, Sessions sessions, MailingLists lists, Dates dates,
			Clock clock) {
		this.breaches = breaches;
		this.notices = notices;
		this.sessions = sessions;
		this.lists = lists;
		this.dates = dates;
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

	@PostMapping("/admin/breaches/{id}/persons")
	String selectPersons(@PathVariable UUID id, @RequestParam(required = false) AffectedPersons.@Nullable Kind kind,
			@RequestParam Map<String, String> typed, Model model, Locale locale) {
		if (kind == null) {
			return page(model, id, locale, List.of(new FieldError("kind", "breach.notice.choose")), Map.of());
		}
		try {
			int added = this.notices.select(id,
					new AffectedPersons(kind, typed.get(kind.name().toLowerCase(Locale.ROOT))));
			return "redirect:/admin/breaches/" + id + "?selected=" + added + "#persons";
		}
		catch (InvalidInput invalid) {
			return page(model, id, locale, invalid.errors(), Map.of());
		}
	}

	@PostMapping("/admin/breaches/{id}/notices")
	String writeNotice(@PathVariable UUID id, @RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String body, Model model, Locale locale) {
		try {
			this.notices.write(id, language, subject, body);
			return "redirect:/admin/breaches/" + id + "?written#notice-" + language;
		}
		catch (InvalidInput invalid) {
			Map<String, String> typed = new LinkedHashMap<>();
			typed.put("language", language == null ? "" : language);
			typed.put("subject", subject == null ? "" : subject);
			typed.put("body", body == null ? "" : body);
			return page(model, id, locale, invalid.errors(), typed);
		}
	}

	@PostMapping("/admin/breaches/{id}/notices/send")
	String sendNotices(@PathVariable UUID id, Model model, Locale locale) {
		try {
			int queued = this.notices.send(id);
			return "redirect:/admin/breaches/" + id + "?queued=" + queued + "#persons";
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
		if (notification.breach().risk() == BreachRisk.HIGH) {
			persons(model, id, locale);
		}
		model.addAttribute("typed", typed);
		problems(model, errors);
		model.addAttribute("now", now());
		return "incidents/breach";
	}

	/**
	 * The persons' part: where the telling stands, the notice in each language the
	 * selection needs (as written, else a first one), and what persons can be chosen by.
	 */
	private void persons(Model model, UUID id, Locale locale) {
		NoticeProgress progress = this.notices.progress(id);
		Map<String, BreachNotice> texts = new LinkedHashMap<>();
		progress.languages().forEach(language -> texts.put(language, this.notices.notice(id, language)));
		model.addAttribute("progress", progress);
		model.addAttribute("texts", texts);
		Map<String, List<Choice>> choices = new LinkedHashMap<>();
		choices.put("session",
				this.sessions.all()
					.stream()
					.map(session -> new Choice(session.id().toString(),
							session.course().code() + " " + session.course().title(locale) + ", "
									+ this.dates.day(session.firstDay(), locale)))
					.toList());
		choices.put("list",
				this.lists.all().stream().map(list -> new Choice(list.id().toString(), list.name())).toList());
		choices.put("record",
				this.notices.recordKinds(locale).stream().map(kind -> new Choice(kind.table(), kind.name())).toList());
		model.addAttribute("choices", choices);
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

	/** One of the things persons can be chosen by: what the form sends, and its name. */
	record Choice(String value, String label) {
	}

}
