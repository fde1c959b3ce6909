package org.tutela.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.consent.Channel;
import org.tutela.network.Began;
import org.tutela.network.ContactDetails;
import org.tutela.network.ContactRecord;
import org.tutela.network.InterestKind;
import org.tutela.network.NetworkContacts;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;

/**
 * A contact's record in the network (VCK-1): what the people module holds of them
 * professionally, how the contact began, the website, a private address only with the
 * consent's wording, what they share and want to discuss, meetings and agreements, and
 * their wish not to be named to other members (VCK-8). A form with a broken rule comes
 * back with what was typed and the rule beside its field; nothing of it is stored. While
 * the person's data is restricted the page says so and offers no change; a change sent
 * all the same is refused as a conflict (409), a problem detail for clients other than
 * browsers.
 */
@Controller
class NetworkContactPages {

	private static final List<Channel> OPT_OUT_CHANNELS = List.of(Channel.EMAIL, Channel.PAPER, Channel.STAFF);

	private final NetworkContacts contacts;

	NetworkContactPages(NetworkContacts contacts) {
		this.contacts = contacts;
	}

	@PreAuthorize("hasAuthority('people.read') and hasAuthority('outreach.manage')")
	@GetMapping("/admin/network/contacts/{id}")
	String contact(@PathVariable UUID id, Model model) {
		return page(id, model, Map.of(), null, null);
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/network/contacts/{id}/details")
	String describe(@PathVariable UUID id, @ModelAttribute DetailsForm form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> errors = new HashMap<>();
		LocalDate beganOn = day("beganOn", form.beganOn(), errors);
		try {
			unreadable(errors);
			this.contacts.describe(PersonId.of(id),
					new ContactDetails(form.began(), beganOn, form.website(), form.privateStreet(),
							form.privatePostcode(), form.privateCity(), form.privateCountry(), form.consentWording(),
							form.consentProof()));
		}
		catch (InvalidInput invalid) {
			errors.putAll(invalid.byField());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, model, errors, form, "details");
		}
		return saved(id, redirect, "details");
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/network/contacts/{id}/interests")
	String share(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String subject, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		InterestKind chosen = "TOPIC".equals(kind) ? InterestKind.TOPIC : InterestKind.EXPERTISE;
		try {
			this.contacts.share(PersonId.of(id), chosen, subject);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> errors = new HashMap<>();
			invalid.byField().forEach((field, code) -> errors.put(chosen.name().toLowerCase() + "-" + field, code));
			model.addAttribute("typedSubject", subject);
			return page(id, model, errors, null, chosen.name().toLowerCase());
		}
		return saved(id, redirect, chosen.name().toLowerCase());
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/network/contacts/{id}/interests/remove")
	String drop(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID interest,
			RedirectAttributes redirect) {
		if (interest != null) {
			this.contacts.drop(PersonId.of(id), interest);
		}
		return saved(id, redirect, "removed");
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/network/contacts/{id}/meetings")
	String meet(@PathVariable UUID id, @RequestParam(required = false) @Nullable String heldOn,
			@RequestParam(required = false) @Nullable String agreed, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> errors = new HashMap<>();
		LocalDate day = day("heldOn", heldOn, errors);
		try {
			// An unreadable day is not sent on as none: the other fields are still
			// checked.
			this.contacts.meet(PersonId.of(id), errors.isEmpty() ? day : LocalDate.MAX, agreed);
			unreadable(errors);
		}
		catch (InvalidInput invalid) {
			invalid.byField().forEach(errors::putIfAbsent);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("typedHeldOn", heldOn);
			model.addAttribute("typedAgreed", agreed);
			return page(id, model, errors, null, "meeting");
		}
		return saved(id, redirect, "meeting");
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@PostMapping("/admin/network/contacts/{id}/opt-out")
	String optOut(@PathVariable UUID id, @RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String reference, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Channel chosen = OPT_OUT_CHANNELS.stream()
			.filter(option -> option.name().equals(channel))
			.findFirst()
			.orElse(null);
		try {
			if (chosen == null) {
				throw new InvalidInput(List.of(new InvalidInput.FieldError("channel", "network.channel")));
			}
			this.contacts.optOut(PersonId.of(id), chosen, reference);
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("typedReference", reference);
			return page(id, model, invalid.byField(), null, "opt-out");
		}
		return saved(id, redirect, "opt-out");
	}

	private String page(UUID id, Model model, Map<String, String> errors, @Nullable DetailsForm typed,
			@Nullable String open) {
		ContactRecord contact = this.contacts.get(PersonId.of(id));
		model.addAttribute("contact", contact);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		model.addAttribute("open", open);
		// VCK-2: unknown origin is offered only for a legacy contact.
		model.addAttribute("beganOptions",
				Arrays.stream(Began.values())
					.filter(began -> began != Began.UNKNOWN || contact.provenance() == Provenance.UNKNOWN_LEGACY)
					.toList());
		model.addAttribute("channels", OPT_OUT_CHANNELS);
		return "network/contact";
	}

	private static String saved(UUID id, RedirectAttributes redirect, String what) {
		redirect.addFlashAttribute("saved", what);
		return "redirect:/admin/network/contacts/" + id;
	}

	private static void unreadable(Map<String, String> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors.entrySet()
				.stream()
				.map(error -> new InvalidInput.FieldError(error.getKey(), error.getValue()))
				.toList());
		}
	}

	private static @Nullable LocalDate day(String field, @Nullable String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.put(field, "date");
			return null;
		}
	}

	/** The contact record's form as sent. */
	record DetailsForm(@Nullable String began, @Nullable String beganOn, @Nullable String website,
			@Nullable String privateStreet, @Nullable String privatePostcode, @Nullable String privateCity,
			@Nullable String privateCountry, @Nullable String consentWording, @Nullable String consentProof) {
	}

}
