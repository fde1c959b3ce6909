package org.tutela.inquiries.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.inquiries.Receiving;
import org.tutela.inquiries.SentInquiry;
import org.tutela.platform.forms.FormTiming;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The public contact form (CES-5) and information request (MEZ-1): the pack's subjects or
 * only the fields it names, the notice beside each, the same spam protection as the
 * registration form (SKI-11); a refused form says why beside the field and stores
 * nothing.
 */
@Controller
class ContactPages {

	private final Receiving receiving;

	private final FormTiming timing;

	ContactPages(Receiving receiving, FormTiming timing) {
		this.receiving = receiving;
		this.timing = timing;
	}

	@GetMapping("/contact")
	String contact(Locale locale, Model model, HttpServletResponse response) {
		subjects(locale, model);
		return form("inquiries/contact", this.receiving.offered().contactOpen(), null, null, model, response);
	}

	@GetMapping("/information")
	String information(@RequestParam(required = false) @Nullable String course, Locale locale, Model model,
			HttpServletResponse response) {
		courses(locale, model);
		SentInquiry chosen = new SentInquiry(null, uuid(course), null, null, null, null, null, null,
				locale.getLanguage());
		return form("inquiries/information", this.receiving.offered().informationOpen(), chosen, null, model, response);
	}

	private void subjects(Locale locale, Model model) {
		Map<String, String> choices = new LinkedHashMap<>();
		this.receiving.offered().subjects().forEach(subject -> choices.put(subject.id(), subject.name().in(locale)));
		model.addAttribute("choices", choices);
	}

	private void courses(Locale locale, Model model) {
		Map<String, String> choices = new LinkedHashMap<>();
		this.receiving.courses().forEach(course -> choices.put(course.id().toString(), course.title(locale)));
		model.addAttribute("choices", choices);
	}

	@PostMapping("/contact")
	String sendContact(@RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable String message,
			@RequestParam(required = false) @Nullable String shown, @RequestParam(defaultValue = "") String website,
			Locale locale, Model model, HttpServletResponse response) {
		SentInquiry sent = new SentInquiry(subject, null, firstName, lastName, email, organisation, null, message,
				locale.getLanguage());
		subjects(locale, model);
		return send("inquiries/contact", this.receiving.offered().contactOpen(), sent, shown, website,
				() -> this.receiving.contact(sent), model, response);
	}

	@PostMapping("/information")
	String sendInformation(@RequestParam(required = false) @Nullable String course,
			@RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String message,
			@RequestParam(required = false) @Nullable String shown, @RequestParam(defaultValue = "") String website,
			Locale locale, Model model, HttpServletResponse response) {
		SentInquiry sent = new SentInquiry(null, uuid(course), firstName, lastName, email, organisation, phone, message,
				locale.getLanguage());
		courses(locale, model);
		if (course != null && !course.isBlank() && sent.course() == null) {
			return refused("inquiries/information", sent, List.of(new FieldError("course", "inquiry.course")), model,
					response);
		}
		return send("inquiries/information", this.receiving.offered().informationOpen(), sent, shown, website,
				() -> this.receiving.information(sent), model, response);
	}

	private String send(String view, boolean open, SentInquiry sent, @Nullable String shown, String website,
			Runnable receive, Model model, HttpServletResponse response) {
		if (!open) {
			return form(view, false, null, null, model, response);
		}
		if (!this.timing.human(shown, website)) {
			return refused(view, sent, List.of(new FieldError("form", "registration.robot")), model, response);
		}
		try {
			receive.run();
		}
		catch (InvalidInput invalid) {
			return refused(view, sent, invalid.errors(), model, response);
		}
		model.addAttribute("kind", view.endsWith("contact") ? "contact" : "information");
		return "inquiries/sent";
	}

	private String refused(String view, SentInquiry sent, List<FieldError> errors, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(view, true, sent, errors, model, response);
	}

	private String form(String view, boolean open, @Nullable SentInquiry sent, @Nullable List<FieldError> errors,
			Model model, HttpServletResponse response) {
		if (!open) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("open", open);
		model.addAttribute("offered", this.receiving.offered());
		model.addAttribute("activity", this.receiving.activity());
		model.addAttribute("shown", this.timing.issue());
		model.addAttribute("values", values(sent));
		model.addAttribute("errors", errors == null ? List.of() : errors);
		Map<String, String> byField = new HashMap<>();
		if (errors != null) {
			errors.forEach(error -> byField.putIfAbsent(error.field(), error.code()));
		}
		model.addAttribute("fieldErrors", byField);
		return view;
	}

	/** What was typed, by field, to fill the form again. */
	private static Map<String, String> values(@Nullable SentInquiry sent) {
		Map<String, String> values = new HashMap<>();
		if (sent != null) {
			put(values, "subject", sent.subject());
			put(values, "course", sent.course() == null ? null : sent.course().toString());
			put(values, "firstName", sent.firstName());
			put(values, "lastName", sent.lastName());
			put(values, "email", sent.email());
			put(values, "organisation", sent.organisation());
			put(values, "phone", sent.phone());
			put(values, "message", sent.message());
		}
		return values;
	}

	private static void put(Map<String, String> values, String field, @Nullable String value) {
		if (value != null) {
			values.put(field, value);
		}
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

}
