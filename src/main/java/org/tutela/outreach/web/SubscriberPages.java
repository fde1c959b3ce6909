package org.tutela.outreach.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.consent.Channel;
import org.tutela.consent.Evidence;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.SubscriberPage;
import org.tutela.outreach.Subscribers;
import org.tutela.people.PersonQuery;
import org.tutela.people.PersonSummary;
import org.tutela.people.Persons;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Register;
import org.tutela.platform.problem.Paging;
import org.tutela.platform.problem.TextRule;

/**
 * A list's subscribers in the back office: who is on it, who has yet to confirm, who
 * left, and the proof each rests on; and a person added by their e-mail address, on a
 * consent list only with the signed form or mail in which they gave it.
 */
@Controller
class SubscriberPages {

	private final Subscribers subscribers;

	private final Persons persons;

	private final Register register;

	SubscriberPages(Subscribers subscribers, Persons persons, Register register) {
		this.subscribers = subscribers;
		this.persons = persons;
		this.register = register;
	}

	@GetMapping("/admin/outreach/lists/{code}")
	String list(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		SubscriberPage found = this.subscribers.of(code, Paging.page(page));
		MailingList list = found.list();
		model.addAttribute("found", found);
		model.addAttribute("purpose",
				this.register.pack()
					.activity(list.activity())
					.map(activity -> activity.purpose().in(locale))
					.orElse(list.activity()));
		model.addAttribute("consent", this.subscribers.restsOnConsent(list));
		model.addAttribute("wordings", this.subscribers.wordings(code));
		model.addAttribute("channels", List.of(Channel.PAPER, Channel.EMAIL));
		return "outreach/list";
	}

	// The parameters are optional so that the permission is checked before anything is
	// read.
	@PreAuthorize("hasAuthority('outreach.manage') and hasAuthority('people.read')")
	@PostMapping("/admin/outreach/lists/{code}/subscribers")
	String add(@PathVariable String code, @RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable UUID wording,
			@RequestParam(required = false) @Nullable String reference, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			PersonSummary person = holder(email);
			this.subscribers.add(code, person.id(), Evidence.received(channel == null ? Channel.STAFF : channel,
					wording, reference == null ? null : reference.strip()));
			redirect.addFlashAttribute("added", person.firstName() + " " + person.lastName());
			return "redirect:/admin/outreach/lists/" + code;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors", invalid.errors());
			model.addAttribute("filled", new Filled(email, channel, wording, reference));
			return list(code, 0, locale, model);
		}
	}

	private PersonSummary holder(@Nullable String email) {
		if (email == null || email.isBlank()) {
			throw new InvalidInput(List.of(new FieldError("email", "required")));
		}
		String problem = TextRule.EMAIL.problem(email.strip());
		if (problem != null) {
			throw new InvalidInput(List.of(new FieldError("email", problem)));
		}
		return this.persons.search(new PersonQuery(null, email.strip(), null, null, 0, 1))
			.items()
			.stream()
			.findFirst()
			.orElseThrow(() -> new InvalidInput(List.of(new FieldError("email", "subscriber.unknown-address"))));
	}

	/** What staff filled in, shown again beside the errors. */
	record Filled(@Nullable String email, @Nullable Channel channel, @Nullable UUID wording,
			@Nullable String reference) {
	}

}
