package org.tutela.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Caller;
import org.tutela.incidents.authority.AuthorityRequestStore;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * The client's side in the portal (MEN-22): the HR contact reads the requests its
 * organisations were informed of and answers within the window, no objection or an
 * objection with its reason. For anyone else a request does not exist; an answer after
 * the window is refused and changes nothing.
 */
@Service
public class AuthorityAnswers {

	private final AuthorityRequests requests;

	private final AuthorityRequestStore store;

	private final MailAddresses addresses;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final Clock clock;

	AuthorityAnswers(AuthorityRequests requests, AuthorityRequestStore store, MailAddresses addresses,
			Organisations organisations, AuditTrail audit, Clock clock) {
		this.requests = requests;
		this.store = store;
		this.addresses = addresses;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The requests the signed-in contact's organisations were informed of, newest first.
	 */
	@PreAuthorize("hasAuthority('authority-requests.answer')")
	@Transactional(readOnly = true)
	public List<AuthorityRequest> mine() {
		this.requests.requireKept();
		return this.store.toldTo(represented());
	}

	@PreAuthorize("hasAuthority('authority-requests.answer')")
	@Transactional(readOnly = true)
	public AuthorityRequest mine(UUID id) {
		this.requests.requireKept();
		List<UUID> mine = represented();
		return this.store.find(id)
			.filter(request -> request.informedAt() != null && mine.contains(request.organisation()))
			.orElseThrow(() -> new AuthorityRequestNotFound(id));
	}

	/** Whether the window to answer is open now. */
	public boolean open(AuthorityRequest request) {
		return request.windowOpen(this.clock.instant());
	}

	@PreAuthorize("hasAuthority('authority-requests.answer')")
	@Transactional
	public AuthorityRequest answer(UUID id, @Nullable AuthorityAnswer answer, @Nullable String reason) {
		AuthorityRequest request = mine(id);
		List<FieldError> errors = new ArrayList<>();
		if (answer == null) {
			errors.add(new FieldError("answer", "required"));
		}
		if (answer == AuthorityAnswer.OBJECTION) {
			AuthorityChecks.required("reason", reason, TextRule.PARAGRAPH, errors);
		}
		else {
			AuthorityChecks.text("reason", reason, TextRule.PARAGRAPH, errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Instant now = this.clock.instant();
		String given = reason == null || reason.isBlank() ? null : reason.strip();
		if (!this.store.answered(id, answer, given, now, Caller.name())) {
			throw AuthorityRequestRefused.windowClosed(this.requests.zoned(request.objectionUntil()));
		}
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null, "authority request " + id + ": the client answered "
				+ answer.name().toLowerCase(java.util.Locale.ROOT)));
		return this.store.find(id).orElseThrow();
	}

	private List<UUID> represented() {
		return this.addresses.signedIn()
			.map(this.organisations::representedBy)
			.orElse(List.of())
			.stream()
			.map(Organisation::id)
			.toList();
	}

}
