package org.tutela.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.disclosures.RecipientNotInRegister;
import org.tutela.identity.Caller;
import org.tutela.incidents.authority.AuthorityRequestStore;
import org.tutela.personaldata.DataCategory;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Register;

/**
 * Data handed over on a request, logged in the disclosure log (ALL-3) with the request's
 * reference: only once the client's window to object has closed without objection, or at
 * once where the law forbids telling the client (MEN-22). Refused with the reason
 * otherwise, and nothing is logged.
 */
@Service
public class AuthorityHandOvers {

	private final AuthorityRequests requests;

	private final AuthorityRequestStore store;

	private final Disclosures disclosures;

	private final Register register;

	private final AuditTrail audit;

	private final Clock clock;

	AuthorityHandOvers(AuthorityRequests requests, AuthorityRequestStore store, Disclosures disclosures,
			Register register, AuditTrail audit, Clock clock) {
		this.requests = requests;
		this.store = store;
		this.disclosures = disclosures;
		this.register = register;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('authority-requests.manage')")
	@Transactional
	public Disclosure handOver(UUID id, AuthorityHandOver handOver) {
		this.requests.requireKept();
		AuthorityRequest request = this.store.find(id).orElseThrow(() -> new AuthorityRequestNotFound(id));
		Instant now = this.clock.instant();
		allowed(request, now);
		String[] recipient = handOver.recipient() == null ? new String[0]
				: handOver.recipient().split(AuthorityHandOver.SEPARATOR, 2);
		List<FieldError> errors = new ArrayList<>();
		if (recipient.length != 2) {
			errors.add(new FieldError("recipient", handOver.recipient() == null ? "required" : "authority.recipient"));
		}
		if (handOver.person() == null) {
			errors.add(new FieldError("person", "required"));
		}
		if (handOver.categories() == null || handOver.categories().isEmpty()) {
			errors.add(new FieldError("categories", "required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Disclosure disclosure = disclose(request, recipient, handOver);
		this.store.handedOver(id, disclosure.id(), now, Caller.name());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, handOver.person(),
				"authority request " + id + ": data handed over, disclosure " + disclosure.id()));
		return disclosure;
	}

	private Disclosure disclose(AuthorityRequest request, String[] recipient, AuthorityHandOver handOver) {
		try {
			return this.disclosures.recordOnBehalf(new NewDisclosure(recipient[0], recipient[1], handOver.categories(),
					List.of(handOver.person()), "authority request " + request.reference()));
		}
		catch (RecipientNotInRegister unknown) {
			throw new InvalidInput(List.of(new FieldError("recipient", "authority.recipient")));
		}
		catch (InvalidInput invalid) {
			throw new InvalidInput(invalid.errors()
				.stream()
				.map(error -> new FieldError(field(error.field()),
						error.field().equals("activity") ? "authority.recipient" : error.code()))
				.distinct()
				.toList());
		}
	}

	private static String field(String disclosureField) {
		if (disclosureField.startsWith("categories")) {
			return "categories";
		}
		return disclosureField.startsWith("persons") ? "person"
				: disclosureField.equals("activity") ? "recipient" : disclosureField;
	}

	/**
	 * The clock's rule: the law forbids telling, or the window closed without objection.
	 */
	private void allowed(AuthorityRequest request, Instant now) {
		if (request.clientNotTold()) {
			return;
		}
		if (request.informedAt() == null || request.objectionUntil() == null) {
			throw AuthorityRequestRefused.notInformed();
		}
		if (request.answer() == AuthorityAnswer.OBJECTION) {
			throw AuthorityRequestRefused.objected();
		}
		if (now.isBefore(request.objectionUntil())) {
			throw AuthorityRequestRefused.windowOpen(this.requests.zoned(request.objectionUntil()));
		}
	}

	/** The recipients of the register data may go to, as the form offers them. */
	public List<Choice> recipients(Locale locale) {
		return this.register.pack()
			.activities()
			.stream()
			.flatMap(activity -> activity.recipients()
				.stream()
				.map(recipient -> new Choice(activity.id() + AuthorityHandOver.SEPARATOR + recipient.name(),
						recipient.name() + " (" + activity.purpose().in(locale) + ")")))
			.toList();
	}

	/** The data categories a hand-over may name, as the disclosure log writes them. */
	public List<String> categories() {
		return Arrays.stream(DataCategory.values())
			.filter(category -> category != DataCategory.NONE)
			.map(category -> category.name().toLowerCase(Locale.ROOT))
			.toList();
	}

	/** A recipient as the form offers it. */
	public record Choice(String value, String label) {

	}

}
