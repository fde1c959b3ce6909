package org.tutela.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.network.ExpertiseMatching;
import org.tutela.network.NetworkContacts;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;

/**
 * The network's front page in the back office: find a contact's record, put a member in
 * touch with members sharing an expertise (VCK-8), and the events whose participant list
 * can be handed out.
 */
@Controller
class NetworkPages {

	/** Events from this many days ago on are offered for their participant lists. */
	private static final int PAST_DAYS = 90;

	private final NetworkContacts contacts;

	private final ExpertiseMatching matching;

	private final Sessions sessions;

	private final Clock clock;

	NetworkPages(NetworkContacts contacts, ExpertiseMatching matching, Sessions sessions, Clock clock) {
		this.contacts = contacts;
		this.matching = matching;
		this.sessions = sessions;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('people.read') and hasAuthority('outreach.manage')")
	@GetMapping("/admin/network")
	String network(Model model) {
		return page(model, Map.of(), "", "");
	}

	@PreAuthorize("hasAuthority('people.read') and hasAuthority('outreach.manage')")
	@GetMapping("/admin/network/contact")
	String open(@RequestParam(name = "contact", required = false) @Nullable UUID contact, Model model) {
		if (contact == null) {
			return page(model, Map.of("contact", "network.pick-contact"), "", "");
		}
		return "redirect:/admin/network/contacts/" + contact;
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/network/match")
	String match(@RequestParam(name = "person", required = false) @Nullable UUID person,
			@RequestParam(name = "person-search", required = false) @Nullable String typed,
			@RequestParam(required = false) @Nullable String subject, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("match", this.matching.match(person == null ? null : PersonId.of(person), subject));
			return page(model, Map.of(), "", "");
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, invalid.byField(), typed == null ? "" : typed, subject == null ? "" : subject);
		}
	}

	private String page(Model model, Map<String, String> errors, String typed, String subject) {
		LocalDate today = LocalDate.now(this.clock);
		List<Session> events = this.sessions.all()
			.stream()
			.filter(session -> !session.cancelled() && !session.lastDay().isBefore(today.minusDays(PAST_DAYS)))
			.sorted(Comparator.comparing(Session::firstDay))
			.toList();
		model.addAttribute("inUse", this.contacts.inUse());
		model.addAttribute("events", events);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("subject", subject);
		return "network/network";
	}

}
