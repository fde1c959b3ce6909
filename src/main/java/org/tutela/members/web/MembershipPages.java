package org.tutela.members.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.tutela.members.Memberships;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The back office's memberships: the applications awaiting a decision and the members (or
 * one organisation's member records, from its page); one application with the forms to
 * accept it from a day, refuse it with a reason or record that it was withdrawn; a member
 * with the form that ends the membership.
 */
@Controller
class MembershipPages {

	private static final String VIEW = "members/application";

	private final Memberships memberships;

	MembershipPages(Memberships memberships) {
		this.memberships = memberships;
	}

	@PreAuthorize("hasAuthority('members.decide')")
	@GetMapping("/admin/members")
	String list(@RequestParam(required = false) @Nullable UUID organisation, Model model) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("applications", organisation == null ? this.memberships.open() : List.of());
		model.addAttribute("members", this.memberships.members(organisation));
		return "members/list";
	}

	@PreAuthorize("hasAuthority('members.decide')")
	@GetMapping("/admin/members/{id}")
	String application(@PathVariable UUID id, Model model) {
		return page(id, List.of(), Map.of(), model);
	}

	@PreAuthorize("hasAuthority('members.decide')")
	@PostMapping("/admin/members/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(required = false) @Nullable String from,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return decide(id, "from", from, () -> this.memberships.accept(id, day(from)), "accepted", redirect, model,
				response);
	}

	@PreAuthorize("hasAuthority('members.decide')")
	@PostMapping("/admin/members/{id}/refuse")
	String refuse(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return decide(id, "reason", reason, () -> this.memberships.refuse(id, reason), "refused", redirect, model,
				response);
	}

	@PreAuthorize("hasAuthority('members.decide')")
	@PostMapping("/admin/members/{id}/withdraw")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return decide(id, "form", null, () -> this.memberships.withdraw(id), "withdrawn", redirect, model, response);
	}

	@PreAuthorize("hasAuthority('members.decide')")
	@PostMapping("/admin/members/{id}/end")
	String end(@PathVariable UUID id, @RequestParam(required = false) @Nullable String until,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		return decide(id, "until", until, () -> this.memberships.end(id, day(until)), "ended", redirect, model,
				response);
	}

	private String decide(UUID id, String field, @Nullable String typed, Runnable change, String saved,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		try {
			if (typed != null && !typed.isBlank() && ("from".equals(field) || "until".equals(field))
					&& day(typed) == null) {
				throw new InvalidInput(List.of(new FieldError(field, "date")));
			}
			change.run();
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> values = new HashMap<>();
			if (typed != null) {
				values.put(field, typed);
			}
			return page(id, invalid.errors(), values, model);
		}
		redirect.addFlashAttribute("saved", saved);
		return "redirect:/admin/members/" + id;
	}

	private String page(UUID id, List<FieldError> errors, Map<String, String> values, Model model) {
		model.addAttribute("record", this.memberships.get(id));
		model.addAttribute("errors", errors);
		Map<String, String> byField = new HashMap<>();
		errors.forEach(error -> byField.putIfAbsent(error.field(), error.code()));
		model.addAttribute("fieldErrors", byField);
		model.addAttribute("values", values);
		return VIEW;
	}

	private static @Nullable LocalDate day(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException notADay) {
			return null;
		}
	}

}
