package org.tutela.incidents.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.incidents.AuthorityHandOver;
import org.tutela.incidents.AuthorityHandOvers;
import org.tutela.incidents.AuthorityRequest;
import org.tutela.incidents.AuthorityRequestKind;
import org.tutela.incidents.AuthorityRequestRefused;
import org.tutela.incidents.AuthorityRequests;
import org.tutela.incidents.NewAuthorityRequest;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The DPO's pages for requests of public bodies and third parties (MEN-22): the list with
 * what is due next on each, late ones marked; the form to record one; and each request
 * with the buttons to inform the client and to hand data over, refused with the reason
 * while the clock does not allow it.
 */
@Controller
class AuthorityRequestPages {

	static final String PATH = "/admin/authority-requests";

	private final AuthorityRequests requests;

	private final AuthorityHandOvers handOvers;

	private final Organisations organisations;

	private final MessageSource messages;

	AuthorityRequestPages(AuthorityRequests requests, AuthorityHandOvers handOvers, Organisations organisations,
			MessageSource messages) {
		this.requests = requests;
		this.handOvers = handOvers;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("lines", this.requests.all());
		return "incidents/authority-requests";
	}

	@GetMapping(PATH + "/new")
	String form(Model model) {
		this.requests.requireRecordable();
		return form(model, List.of(), Map.of());
	}

	@PostMapping(PATH + "/new")
	String record(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String requester,
			@RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable UUID organisation,
			@RequestParam(required = false) @Nullable String receivedAt,
			@RequestParam(required = false) @Nullable String legalGround, Model model) {
		this.requests.requireRecordable();
		List<FieldError> unreadable = new ArrayList<>();
		NewAuthorityRequest request = new NewAuthorityRequest(kind(kind, unreadable), requester, subject, organisation,
				moment(receivedAt, unreadable), legalGround);
		try {
			if (!unreadable.isEmpty()) {
				throw new InvalidInput(unreadable);
			}
			AuthorityRequest recorded = this.requests.record(request);
			return "redirect:" + PATH + "/" + recorded.id() + "?recorded";
		}
		catch (InvalidInput invalid) {
			Map<String, @Nullable Object> typed = new HashMap<>();
			typed.put("kind", kind);
			typed.put("requester", requester);
			typed.put("subject", subject);
			typed.put("receivedAt", receivedAt);
			typed.put("legalGround", legalGround);
			typed.put("organisation", organisation == null ? null
					: this.organisations.name(organisation).map(name -> new Chosen(organisation, name)).orElse(null));
			List<FieldError> errors = new ArrayList<>(unreadable);
			invalid.errors().stream().filter(error -> !errors.contains(error)).forEach(errors::add);
			return form(model, errors, typed);
		}
	}

	@GetMapping(PATH + "/{id}")
	String request(@PathVariable UUID id, Model model, Locale locale) {
		return page(id, model, locale, List.of(), null);
	}

	@PostMapping(PATH + "/{id}/inform")
	String inform(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response) {
		try {
			this.requests.inform(id);
			return "redirect:" + PATH + "/" + id + "?informed";
		}
		catch (AuthorityRequestRefused refused) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(id, model, locale, List.of(), refused);
		}
	}

	@PostMapping(PATH + "/{id}/hand-over")
	String handOver(@PathVariable UUID id, @RequestParam(required = false) @Nullable String recipient,
			@RequestParam(required = false) @Nullable List<String> categories,
			@RequestParam(required = false) @Nullable UUID person, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			this.handOvers.handOver(id,
					new AuthorityHandOver(recipient, categories, person == null ? null : PersonId.of(person)));
			return "redirect:" + PATH + "/" + id + "?handed";
		}
		catch (AuthorityRequestRefused refused) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(id, model, locale, List.of(), refused);
		}
		catch (InvalidInput invalid) {
			return page(id, model, locale, invalid.errors(), null);
		}
	}

	private String page(UUID id, Model model, Locale locale, List<FieldError> errors,
			@Nullable AuthorityRequestRefused refused) {
		model.addAttribute("line", this.requests.get(id));
		model.addAttribute("recipients", this.handOvers.recipients(locale));
		model.addAttribute("categories", this.handOvers.categories());
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("refusal", refused == null ? null
				: this.messages.getMessage("problem." + refused.slug(), refused.arguments(locale), locale));
		return "incidents/authority-request";
	}

	private String form(Model model, List<FieldError> errors, Map<String, @Nullable Object> typed) {
		model.addAttribute("kinds", AuthorityRequestKind.values());
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("typed", typed);
		return "incidents/authority-request-new";
	}

	private static @Nullable AuthorityRequestKind kind(@Nullable String kind, List<FieldError> errors) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return AuthorityRequestKind.valueOf(kind);
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new FieldError("kind", "required"));
			return null;
		}
	}

	private static @Nullable LocalDateTime moment(@Nullable String text, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.add(new FieldError("receivedAt", "date"));
			return null;
		}
	}

	/** The organisation chosen before the form came back. */
	record Chosen(UUID id, String name) {

	}

}
