package org.tutela.enrolment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.consent.ConsentLedger;
import org.tutela.enrolment.AlreadyRegistered;
import org.tutela.enrolment.Cancelling;
import org.tutela.enrolment.FormField;
import org.tutela.enrolment.Origin;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationFields;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.Registrations;
import org.tutela.people.MailAddresses;
import org.tutela.platform.forms.FormTiming;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Register;

/**
 * A session on the public site with its registration form: only the fields the pack
 * allows, the Art. 13 information beside it (MEN-6), the marketing box unticked (SKI-6),
 * and spam protection by timing and a hidden field (SKI-11). Cancelling through the
 * confirmation link.
 */
@Controller
class SessionPages {

	private final Sessions sessions;

	private final Registering registering;

	private final Registrations registrations;

	private final Cancelling cancelling;

	private final RegistrationFields fields;

	private final ConsentLedger ledger;

	private final Register register;

	private final FormTiming timing;

	private final MailAddresses addresses;

	SessionPages(Sessions sessions, Registering registering, Registrations registrations, Cancelling cancelling,
			RegistrationFields fields, ConsentLedger ledger, Register register, FormTiming timing,
			MailAddresses addresses) {
		this.addresses = addresses;
		this.sessions = sessions;
		this.registering = registering;
		this.registrations = registrations;
		this.cancelling = cancelling;
		this.fields = fields;
		this.ledger = ledger;
		this.register = register;
		this.timing = timing;
	}

	@GetMapping("/sessions/{id}")
	String session(@PathVariable UUID id, Locale locale, Model model) {
		form(this.sessions.get(id), locale, model);
		return "enrolment/session";
	}

	@PostMapping("/sessions/{id}")
	String register(@PathVariable UUID id, @RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate birthDate,
			@RequestParam(required = false) @Nullable String jobFunction,
			@RequestParam(required = false) @Nullable String nationalNumber,
			@RequestParam(required = false) @Nullable String remark,
			@RequestParam(defaultValue = "false") boolean remarkConsent,
			@RequestParam(defaultValue = "false") boolean marketing,
			@RequestParam(required = false) @Nullable UUID wording,
			@RequestParam(required = false) @Nullable String shown, @RequestParam(defaultValue = "") String website,
			Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		Session session = this.sessions.get(id);
		RegistrationForm form = new RegistrationForm(firstName, lastName, email, phone, birthDate, jobFunction,
				nationalNumber, remark, remarkConsent, marketing, wording);
		if (!this.timing.human(shown, website)) {
			return refused(session, form, new InvalidInput(List.of(new FieldError("form", "registration.robot"))),
					locale, response, model);
		}
		try {
			String agent = request.getHeader(HttpHeaders.USER_AGENT);
			Registration registration = this.registering.registerSelf(id, form, new Origin(request.getRemoteAddr(),
					agent, locale.getLanguage(), this.addresses.signedIn().orElse(null)));
			model.addAttribute("planned", session);
			model.addAttribute("registration", registration);
			model.addAttribute("position", this.registrations.waitingPosition(registration));
			return "enrolment/registered";
		}
		catch (InvalidInput invalid) {
			return refused(session, form, invalid, locale, response, model);
		}
		catch (AlreadyRegistered already) {
			return refused(session, form, new InvalidInput(List.of(new FieldError("email", "registration.already"))),
					locale, response, model);
		}
	}

	private String refused(Session session, RegistrationForm form, InvalidInput invalid, Locale locale,
			HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		form(session, locale, model);
		model.addAttribute("filled", form);
		model.addAttribute("errors", invalid.errors());
		return "enrolment/session";
	}

	private void form(Session session, Locale locale, Model model) {
		Set<FormField> asked = this.fields.asked(session.course());
		model.addAttribute("planned", session);
		model.addAttribute("open", this.registering.open(session));
		model.addAttribute("placesLeft", this.registrations.placesLeft(session));
		model.addAttribute("asked", asked);
		model.addAttribute("shown", this.timing.issue());
		model.addAttribute("pack", this.register.pack());
		if (this.fields.open()) {
			model.addAttribute("activity", this.fields.activity());
		}
		String marketing = this.register.pack().training().marketing();
		model.addAttribute("wording",
				marketing == null || !asked.contains(FormField.MARKETING) ? null
						: this.ledger.currentWording(marketing, locale.getLanguage())
							.or(() -> this.ledger.currentWording(marketing, "en"))
							.orElse(null));
	}

	@GetMapping("/registrations/cancel/{token}")
	String cancelForm(@PathVariable String token, Model model, HttpServletResponse response) {
		Registration registration = this.cancelling.byCancelToken(token).orElse(null);
		if (registration == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		else {
			model.addAttribute("planned", this.sessions.get(registration.session()));
		}
		model.addAttribute("registration", registration);
		model.addAttribute("token", token);
		return "enrolment/cancel";
	}

	@PostMapping("/registrations/cancel/{token}")
	String cancel(@PathVariable String token, Model model, HttpServletResponse response) {
		Registration registration = this.cancelling.cancelWithToken(token).orElse(null);
		if (registration == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		else {
			model.addAttribute("planned", this.sessions.get(registration.session()));
		}
		model.addAttribute("registration", registration);
		model.addAttribute("done", true);
		return "enrolment/cancel";
	}

	/**
	 * The link in the confirmation mail asks first, so that a mail scanner opening it
	 * confirms nothing.
	 */
	@GetMapping("/registrations/keep-informed/{token}")
	String keepInformedForm(@PathVariable String token, Locale locale, Model model) {
		model.addAttribute("token", token);
		String marketing = this.register.pack().training().marketing();
		model.addAttribute("purpose", marketing == null ? null
				: this.register.pack().activity(marketing).map(activity -> activity.purpose().in(locale)).orElse(null));
		return "enrolment/keep-informed";
	}

	@PostMapping("/registrations/keep-informed/{token}")
	String keepInformed(@PathVariable String token, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		boolean confirmed = this.registering
			.keepInformed(token,
					new Origin(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT),
							locale.getLanguage()))
			.isPresent();
		if (!confirmed) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("done", true);
		model.addAttribute("confirmed", confirmed);
		return "enrolment/keep-informed";
	}

}
