package org.tutela.members.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.members.Joining;
import org.tutela.members.SentApplication;
import org.tutela.platform.forms.FormTiming;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The public membership application (CES-4): the organisation, its address and the
 * contact person joining, with the notice of the pack's membership activity beside it and
 * the same spam protection as the registration form (SKI-11); a refused form says why
 * beside the field and stores nothing.
 */
@Controller
class ApplicationPages {

	private static final String VIEW = "members/apply";

	private final Joining joining;

	private final FormTiming timing;

	ApplicationPages(Joining joining, FormTiming timing) {
		this.joining = joining;
		this.timing = timing;
	}

	@GetMapping("/membership")
	String form(Locale locale, Model model, HttpServletResponse response) {
		return form(null, null, locale, model, response);
	}

	@PostMapping("/membership")
	String apply(@RequestParam(name = "organisationName", required = false) @Nullable String organisation,
			@RequestParam(required = false) @Nullable String enterpriseNumber,
			@RequestParam(required = false) @Nullable String street,
			@RequestParam(required = false) @Nullable String postcode,
			@RequestParam(required = false) @Nullable String city,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String function,
			@RequestParam(required = false) @Nullable String shown, @RequestParam(defaultValue = "") String website,
			Locale locale, Model model, HttpServletResponse response) {
		SentApplication sent = new SentApplication(organisation, enterpriseNumber, street, postcode, city, country,
				firstName, lastName, email, function, locale.getLanguage());
		if (!this.joining.open()) {
			return form(null, null, locale, model, response);
		}
		if (!this.timing.human(shown, website)) {
			return refused(sent, List.of(new FieldError("form", "registration.robot")), locale, model, response);
		}
		try {
			this.joining.apply(sent);
		}
		catch (InvalidInput invalid) {
			return refused(sent, invalid.errors(), locale, model, response);
		}
		return "members/sent";
	}

	private String refused(SentApplication sent, List<FieldError> errors, Locale locale, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return form(sent, errors, locale, model, response);
	}

	private String form(@Nullable SentApplication sent, @Nullable List<FieldError> errors, Locale locale, Model model,
			HttpServletResponse response) {
		boolean open = this.joining.open();
		if (!open) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("open", open);
		model.addAttribute("activity", this.joining.activity());
		model.addAttribute("asksFunction", this.joining.asksFunction());
		model.addAttribute("shown", this.timing.issue());
		Map<String, String> countries = new LinkedHashMap<>();
		Joining.COUNTRIES.forEach(code -> countries.put(code, new Locale("", code).getDisplayCountry(locale)));
		model.addAttribute("countries", countries);
		model.addAttribute("values", values(sent));
		model.addAttribute("errors", errors == null ? List.of() : errors);
		Map<String, String> byField = new HashMap<>();
		if (errors != null) {
			errors.forEach(error -> byField.putIfAbsent(error.field(), error.code()));
		}
		model.addAttribute("fieldErrors", byField);
		return VIEW;
	}

	/** What was typed, by field, to fill the form again. */
	private static Map<String, String> values(@Nullable SentApplication sent) {
		Map<String, String> values = new HashMap<>();
		if (sent != null) {
			put(values, "organisationName", sent.organisation());
			put(values, "enterpriseNumber", sent.enterpriseNumber());
			put(values, "street", sent.street());
			put(values, "postcode", sent.postcode());
			put(values, "city", sent.city());
			put(values, "country", sent.country());
			put(values, "firstName", sent.firstName());
			put(values, "lastName", sent.lastName());
			put(values, "email", sent.email());
			put(values, "function", sent.function());
		}
		return values;
	}

	private static void put(Map<String, String> values, String field, @Nullable String value) {
		if (value != null) {
			values.put(field, value);
		}
	}

}
