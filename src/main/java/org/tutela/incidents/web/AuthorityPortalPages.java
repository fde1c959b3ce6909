package org.tutela.incidents.web;

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
import org.tutela.incidents.AuthorityAnswer;
import org.tutela.incidents.AuthorityAnswers;
import org.tutela.incidents.AuthorityRequest;
import org.tutela.incidents.AuthorityRequestRefused;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The client's side in the portal (MEN-22): the HR contact reads the requests its
 * organisation was informed of and answers within the window; a late answer is refused
 * with the moment the window closed.
 */
@Controller
class AuthorityPortalPages {

	private static final String PATH = "/me/authority-requests";

	private final AuthorityAnswers answers;

	private final MessageSource messages;

	AuthorityPortalPages(AuthorityAnswers answers, MessageSource messages) {
		this.answers = answers;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("requests", this.answers.mine());
		return "incidents/portal-authority-requests";
	}

	@GetMapping(PATH + "/{id}")
	String request(@PathVariable UUID id, Model model) {
		return page(this.answers.mine(id), model, List.of(), null, null);
	}

	@PostMapping(PATH + "/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam(required = false) @Nullable String answer,
			@RequestParam(required = false) @Nullable String reason, Model model, Locale locale,
			HttpServletResponse response) {
		AuthorityAnswer given = answer(answer);
		try {
			this.answers.answer(id, given, reason);
			return "redirect:" + PATH + "/" + id + "?answered";
		}
		catch (InvalidInput invalid) {
			return page(this.answers.mine(id), model, invalid.errors(), reason, null);
		}
		catch (AuthorityRequestRefused refused) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(this.answers.mine(id), model, List.of(), reason,
					this.messages.getMessage("problem." + refused.slug(), refused.arguments(locale), locale));
		}
	}

	private String page(AuthorityRequest request, Model model, List<FieldError> errors, @Nullable String reason,
			@Nullable String refusal) {
		model.addAttribute("request", request);
		model.addAttribute("open", this.answers.open(request));
		model.addAttribute("problems", errors);
		model.addAttribute("errors", errors.isEmpty() ? Map.of() : new InvalidInput(errors).byField());
		model.addAttribute("reason", reason);
		model.addAttribute("refusal", refusal);
		return "incidents/portal-authority-request";
	}

	private static @Nullable AuthorityAnswer answer(@Nullable String answer) {
		for (AuthorityAnswer known : AuthorityAnswer.values()) {
			if (known.name().equals(answer)) {
				return known;
			}
		}
		return null;
	}

}
