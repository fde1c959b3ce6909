package org.tutela.network.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.network.EventParticipantLists;
import org.tutela.network.EventParticipantLists.HandedOut;
import org.tutela.network.NobodyToName;

/**
 * An event's participant list for its participants (VCK-8): who it names and how many
 * asked not to be, and the list handed out as CSV, which records it in the disclosure
 * log.
 */
@Controller
class EventListPages {

	private final EventParticipantLists lists;

	EventListPages(EventParticipantLists lists) {
		this.lists = lists;
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@GetMapping("/admin/network/events/{id}")
	String list(@PathVariable UUID id, Model model) {
		model.addAttribute("list", this.lists.of(id));
		return "network/event";
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@PostMapping("/admin/network/events/{id}/hand-out")
	Object handOut(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		try {
			HandedOut csv = this.lists.handOut(id, locale);
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(csv.name()).build().toString())
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.body(csv.text());
		}
		catch (NobodyToName nobody) {
			redirect.addFlashAttribute("nobody", true);
			return "redirect:/admin/network/events/" + id;
		}
	}

}
