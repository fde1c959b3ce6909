package org.tutela.outreach.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.consent.Wording;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.Preferences;
import org.tutela.outreach.Subscribing;
import org.tutela.outreach.SubscriptionRequest;
import org.tutela.outreach.Unsubscribing;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.register.Register;

/**
 * The public side of the mailing lists, without signing in: the subscription form with
 * its unticked consent box (SKI-6), the confirmation link, unsubscribing in one click
 * (MEZ-12, also the one-click POST of RFC 8058) and the preference centre (SKI-5).
 */
@Controller
class SubscriptionPages {

	private final MailingLists lists;

	private final Subscribing subscribing;

	private final Unsubscribing unsubscribing;

	private final Register register;

	SubscriptionPages(MailingLists lists, Subscribing subscribing, Unsubscribing unsubscribing, Register register) {
		this.lists = lists;
		this.subscribing = subscribing;
		this.unsubscribing = unsubscribing;
		this.register = register;
	}

	@GetMapping("/subscribe/{code}")
	String form(@PathVariable String code, Locale locale, Model model) {
		MailingList list = this.lists.open(code);
		model.addAttribute("list", list);
		model.addAttribute("wording", this.subscribing.wording(list, locale).orElse(null));
		return "outreach/subscribe";
	}

	@PostMapping("/subscribe/{code}")
	String subscribe(@PathVariable String code, @RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(required = false) @Nullable UUID wording, Locale locale, HttpServletRequest request,
			Model model, HttpServletResponse response) {
		MailingList list = this.lists.open(code);
		SubscriptionRequest filled = new SubscriptionRequest(firstName, lastName, email, locale.getLanguage(), consent,
				wording);
		try {
			this.subscribing.request(code, filled, request.getRemoteAddr(), agent(request));
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("list", list);
			model.addAttribute("wording", this.subscribing.wording(list, locale).orElse(null));
			model.addAttribute("filled", filled);
			model.addAttribute("errors", invalid.errors());
			return "outreach/subscribe";
		}
		model.addAttribute("list", list);
		model.addAttribute("sent", true);
		return "outreach/subscribe";
	}

	@GetMapping("/subscribe/confirm/{token}")
	String confirm(@PathVariable String token, HttpServletRequest request, Model model) {
		Optional<MailingList> confirmed = this.subscribing.confirm(token, request.getRemoteAddr(), agent(request));
		model.addAttribute("list", confirmed.orElse(null));
		return "outreach/confirmed";
	}

	@GetMapping("/unsubscribe/{token}")
	String unsubscribeForm(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "outreach/unsubscribe";
	}

	/**
	 * The button on the page, and a mail client's one-click request (RFC 8058): either
	 * way, at once.
	 */
	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<MailingList> left = this.unsubscribing.unsubscribe(token, request.getRemoteAddr(), agent(request));
		if (left.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("left", left.orElse(null));
		model.addAttribute("done", true);
		return "outreach/unsubscribe";
	}

	@GetMapping("/preferences/{token}")
	String preferences(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		Optional<Preferences> preferences = this.unsubscribing.preferences(token);
		if (preferences.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		Map<String, String> purposes = new HashMap<>();
		this.register.pack()
			.activities()
			.forEach(activity -> purposes.put(activity.id(), activity.purpose().in(locale)));
		model.addAttribute("token", token);
		model.addAttribute("preferences", preferences.orElse(null));
		model.addAttribute("purposes", purposes);
		return "outreach/preferences";
	}

	@PostMapping("/preferences/{token}")
	String savePreferences(@PathVariable String token, @RequestParam(required = false) @Nullable List<String> keep,
			@RequestParam(required = false) @Nullable List<String> object, HttpServletRequest request) {
		this.unsubscribing.save(token, keep == null ? Set.of() : new HashSet<>(keep),
				object == null ? Set.of() : new HashSet<>(object), request.getRemoteAddr(), agent(request));
		return "redirect:/preferences/" + token + "?saved";
	}

	private static String agent(HttpServletRequest request) {
		String agent = request.getHeader(HttpHeaders.USER_AGENT);
		return agent == null ? "" : agent;
	}

}
