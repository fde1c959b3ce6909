package org.tutela.requests.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.requests.NewRequest;
import org.tutela.requests.RequestIntake;
import org.tutela.requests.Right;
import org.tutela.people.MailAddresses;

/**
 * The portal's requests: a signed-in participant or contact exercises a right without a
 * further check, as the sign-in proves who they are (SKI-12), and follows their requests.
 */
@Controller
class PortalRequestPages {

	private final RequestIntake intake;

	private final MailAddresses portal;

	PortalRequestPages(RequestIntake intake, MailAddresses portal) {
		this.intake = intake;
		this.portal = portal;
	}

	@GetMapping("/me/requests")
	String mine(Model model) {
		return page(model, List.of());
	}

	@PostMapping("/me/requests")
	String submit(@RequestParam(required = false) @Nullable Right right,
			@RequestParam(required = false) @Nullable String details, Model model) {
		Optional<PersonId> person = person();
		if (person.isEmpty()) {
			return page(model, List.of(new FieldError("right", "requests.no-person")));
		}
		try {
			this.intake.submitFromPortal(person.get(), new NewRequest(right, null, null, null, details));
			return "redirect:/me/requests?sent";
		}
		catch (InvalidInput invalid) {
			return page(model, invalid.errors());
		}
	}

	private String page(Model model, List<FieldError> errors) {
		model.addAttribute("rights", Right.values());
		model.addAttribute("errors", errors);
		model.addAttribute("mine", person().map(this.intake::ofPerson).orElse(List.of()));
		return "requests/portal";
	}

	private Optional<PersonId> person() {
		return this.portal.signedIn();
	}

}
