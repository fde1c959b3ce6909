package org.tutela.outreach.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.outreach.Bounce;
import org.tutela.outreach.Campaign;
import org.tutela.outreach.Campaigns;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.NewCampaign;
import org.tutela.outreach.NewMailingList;
import org.tutela.outreach.Variant;
import org.tutela.outreach.send.DeliveryStatus;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Register;

/**
 * Outreach in the back office: the lists with how many each reaches now, a new list for
 * an activity of the pack, bounces handled by hand, composing a campaign in the languages
 * of the audience, a test message, sending, and the progress while it goes out.
 */
@Controller
class OutreachPages {

	private static final List<String> LANGUAGES = List.of("nl", "fr", "en");

	private final MailingLists lists;

	private final Campaigns campaigns;

	private final Register register;

	OutreachPages(MailingLists lists, Campaigns campaigns, Register register) {
		this.lists = lists;
		this.campaigns = campaigns;
		this.register = register;
	}

	@GetMapping("/admin/outreach")
	String overview(Locale locale, Model model) {
		Map<MailingList, Integer> reach = new LinkedHashMap<>();
		this.lists.all().forEach(list -> reach.put(list, this.lists.reach(list)));
		model.addAttribute("reach", reach);
		model.addAttribute("campaigns", this.campaigns.recent());
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("activities", this.register.pack().activities());
		Map<String, String> purposes = new LinkedHashMap<>();
		this.register.pack()
			.activities()
			.forEach(activity -> purposes.put(activity.id(), activity.purpose().in(locale)));
		model.addAttribute("purposes", purposes);
		return "outreach/overview";
	}

	// The parameters are optional so that the permission is checked before anything is
	// read.
	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/admin/outreach/campaigns")
	String compose(@RequestParam(required = false) @Nullable String list, @RequestParam Map<String, String> form,
			Locale locale, Model model) {
		List<Variant> variants = new ArrayList<>();
		for (String language : LANGUAGES) {
			String subject = form.getOrDefault("subject-" + language, "");
			String body = form.getOrDefault("body-" + language, "");
			if (!subject.isBlank() || !body.isBlank()) {
				variants.add(new Variant(language, subject.strip(), body.strip()));
			}
		}
		try {
			Campaign campaign = this.campaigns.create(new NewCampaign(list, variants));
			return "redirect:/admin/outreach/campaigns/" + campaign.id();
		}
		catch (InvalidInput invalid) {
			model.addAttribute("errors", invalid.errors());
			model.addAttribute("form", form);
			return overview(locale, model);
		}
	}

	// The parameters are optional so that the permission is checked before anything is
	// read.
	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/admin/outreach/lists")
	String createList(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String activity,
			@RequestParam(required = false) @Nullable ListCategory category, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			MailingList created = this.lists.create(new NewMailingList(code, name, activity, category));
			redirect.addFlashAttribute("created", created.name());
			return "redirect:/admin/outreach";
		}
		catch (InvalidInput invalid) {
			model.addAttribute("listErrors", invalid.errors());
			model.addAttribute("listErrorsByField", invalid.byField());
			model.addAttribute("listForm", new NewMailingList(code, name, activity, category));
			return overview(locale, model);
		}
	}

	/**
	 * Bounces handled by hand: a delivery status notification pasted as it came back (RFC
	 * 3464), or one address that staff know to be dead.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/admin/outreach/bounces")
	String bounces(@RequestParam(required = false) @Nullable String report,
			@RequestParam(required = false) @Nullable String email, RedirectAttributes redirect) {
		List<Bounce> bounces = report != null && !report.isBlank() ? DeliveryStatus.read(report)
				: email != null && !email.isBlank() ? List.of(new Bounce(email.strip(), true)) : List.of();
		redirect.addFlashAttribute("bounced", bounces.size());
		redirect.addFlashAttribute("removed", bounces.isEmpty() ? 0 : this.lists.bounced(bounces));
		return "redirect:/admin/outreach";
	}

	@GetMapping("/admin/outreach/campaigns/{id}")
	String campaign(@PathVariable UUID id, Model model) {
		Campaign campaign = this.campaigns.get(id);
		model.addAttribute("campaign", campaign);
		model.addAttribute("reach", campaign.status() == Campaign.Status.DRAFT ? this.campaigns.reach(id) : null);
		return "outreach/campaign";
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/admin/outreach/campaigns/{id}/test")
	String test(@PathVariable UUID id, @RequestParam(required = false) @Nullable String email,
			RedirectAttributes redirect) {
		if (email == null || email.isBlank()) {
			throw new InvalidInput(List.of(new FieldError("email", "required")));
		}
		this.campaigns.test(id, email.strip());
		redirect.addFlashAttribute("tested", email.strip());
		return "redirect:/admin/outreach/campaigns/" + id;
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@PostMapping("/admin/outreach/campaigns/{id}/send")
	String send(@PathVariable UUID id) {
		this.campaigns.send(id);
		return "redirect:/admin/outreach/campaigns/" + id;
	}

}
