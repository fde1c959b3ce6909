package org.tutela.disclosures.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.Paging;

/**
 * The disclosure log in the back office: the newest first, or everything given out about
 * one person.
 */
@Controller
class DisclosurePages {

	private static final int PAGE = 50;

	private final Disclosures disclosures;

	DisclosurePages(Disclosures disclosures) {
		this.disclosures = disclosures;
	}

	@GetMapping("/admin/disclosures")
	String log(@RequestParam(required = false) @Nullable UUID person, @RequestParam(defaultValue = "0") int page,
			Model model) {
		List<Disclosure> shown = person == null ? this.disclosures.latest(Paging.page(page), PAGE + 1)
				: this.disclosures.about(PersonId.of(person));
		model.addAttribute("person", person);
		model.addAttribute("page", page);
		model.addAttribute("more", person == null && shown.size() > PAGE);
		model.addAttribute("disclosures", shown.size() > PAGE ? shown.subList(0, PAGE) : shown);
		return "disclosures/log";
	}

}
