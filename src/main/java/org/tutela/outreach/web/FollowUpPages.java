package org.tutela.outreach.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.tutela.outreach.FollowUps;
import org.tutela.outreach.send.ClickTracking;

/** A tracked link in a mail, and the clicks staff follow up on (SKI-5, VCK-4). */
@Controller
class FollowUpPages {

	private final ClickTracking tracking;

	private final FollowUps followUps;

	FollowUpPages(ClickTracking tracking, FollowUps followUps) {
		this.tracking = tracking;
		this.followUps = followUps;
	}

	@GetMapping("/r/{token}")
	String follow(@PathVariable String token) {
		return "redirect:"
				+ this.tracking.follow(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/admin/outreach/clicks")
	String clicks(Model model) {
		model.addAttribute("clicks", this.followUps.open());
		return "outreach/clicks";
	}

	@PostMapping("/admin/outreach/clicks/{seq}/done")
	String done(@PathVariable long seq) {
		this.followUps.done(seq);
		return "redirect:/admin/outreach/clicks";
	}

}
