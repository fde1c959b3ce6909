package org.tutela.inquiries.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tutela.inquiries.Inbox;
import org.tutela.platform.problem.InvalidInput;

/**
 * The back office's messages: the open ones routed to the signed-in account or its role
 * (or an organisation's, from its file), one with its thread, the answer form and
 * closing.
 */
@Controller
class InboxPages {

	private final Inbox inbox;

	InboxPages(Inbox inbox) {
		this.inbox = inbox;
	}

	@PreAuthorize("hasAuthority('inquiries.answer')")
	@GetMapping("/admin/inquiries")
	String inbox(@RequestParam(required = false) @Nullable UUID organisation, Locale locale, Model model) {
		model.addAttribute("inquiries", this.inbox.open(organisation, locale));
		model.addAttribute("organisation", organisation);
		return "inquiries/inbox";
	}

	@PreAuthorize("hasAuthority('inquiries.answer')")
	@GetMapping("/admin/inquiries/{id}")
	String message(@PathVariable UUID id, Locale locale, Model model) {
		model.addAttribute("inquiry", this.inbox.get(id, locale));
		model.addAttribute("errors", List.of());
		return "inquiries/message";
	}

	@PreAuthorize("hasAuthority('inquiries.answer')")
	@PostMapping("/admin/inquiries/{id}/reply")
	@Nullable String reply(@PathVariable UUID id, @RequestParam(required = false) @Nullable String body, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			this.inbox.reply(id, body);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("inquiry", this.inbox.get(id, locale));
			model.addAttribute("errors", invalid.errors());
			model.addAttribute("draft", body);
			return "inquiries/message";
		}
		// Back to the message's own address, so that reloading the page sends nothing
		// again.
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("saved", "replied");
		String page = request.getContextPath() + "/admin/inquiries/" + id;
		RequestContextUtils.saveOutputFlashMap(page, request, response);
		response.sendRedirect(page);
		return null;
	}

	@PreAuthorize("hasAuthority('inquiries.answer')")
	@PostMapping("/admin/inquiries/{id}/close")
	String close(@PathVariable UUID id, RedirectAttributes redirect) {
		this.inbox.close(id);
		redirect.addFlashAttribute("saved", "closed");
		return "redirect:/admin/inquiries/" + id;
	}

}
