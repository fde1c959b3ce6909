package org.tutela.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Input that breaks one or more rules, each named with its field, so that a form or an
 * API client can show every problem at once. Answered as 400 with an {@code errors} list.
 */
public class InvalidInput extends DomainProblem {

	private final transient List<FieldError> errors;

	public InvalidInput(List<FieldError> errors) {
		super("invalid-input");
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("Invalid input needs at least one error");
		}
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/**
	 * The first broken rule of each field, by field: what a form shows beside each of its
	 * fields.
	 */
	public Map<String, String> byField() {
		Map<String, String> byField = new LinkedHashMap<>();
		this.errors.forEach(error -> byField.putIfAbsent(error.field(), error.code()));
		return byField;
	}

	/**
	 * A broken rule: the field (as the client named it) and a message code under
	 * {@code invalid.}.
	 */
	public record FieldError(String field, String code) {
	}

}
