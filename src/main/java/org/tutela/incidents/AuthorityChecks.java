package org.tutela.incidents;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.people.Organisations;
import org.tutela.platform.problem.Characters;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * The rules a request and a client's answer are held to, each broken one named beside its
 * field: texts within their rule and without markup, a client that exists, a receipt not
 * in the future.
 */
@Component
class AuthorityChecks {

	private final Organisations organisations;

	private final Clock clock;

	AuthorityChecks(Organisations organisations, Clock clock) {
		this.organisations = organisations;
		this.clock = clock;
	}

	void check(NewAuthorityRequest request, List<FieldError> errors) {
		if (request.kind() == null) {
			errors.add(new FieldError("kind", "required"));
		}
		required("requester", request.requester(), TextRule.LINE, errors);
		required("subject", request.subject(), TextRule.PARAGRAPH, errors);
		text("legalGround", request.legalGround(), TextRule.PARAGRAPH, errors);
		if (request.organisation() == null) {
			errors.add(new FieldError("organisation", "required"));
		}
		else if (this.organisations.name(request.organisation()).isEmpty()) {
			errors.add(new FieldError("organisation", "authority.unknown-organisation"));
		}
		LocalDateTime received = request.receivedAt();
		if (received == null) {
			errors.add(new FieldError("receivedAt", "required"));
		}
		else if (received.isAfter(LocalDateTime.now(this.clock))) {
			errors.add(new FieldError("receivedAt", "authority.received-in-future"));
		}
	}

	static void required(String field, @Nullable String text, TextRule rule, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError(field, "required"));
		}
		else {
			text(field, text, rule, errors);
		}
	}

	/**
	 * A text within its rule, and without markup: nothing of it is ever shown as HTML.
	 */
	static void text(String field, @Nullable String text, TextRule rule, List<FieldError> errors) {
		String problem = rule.problem(text);
		if (problem != null) {
			errors.add(new FieldError(field, problem));
		}
		else if (text != null && Characters.reordersOrMarksUp(text)) {
			errors.add(new FieldError(field, "authority.markup"));
		}
	}

}
