package org.tutela.platform.problem;

import java.util.List;

import org.apache.commons.validator.routines.EmailValidator;
import org.jspecify.annotations.Nullable;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The kinds of free text Tutela takes, each with its longest length and the characters it
 * refuses, declared once and used by the forms ({@code maxlength}), the API's checks and
 * the checks before anything is stored. A text within its rule always fits its column.
 */
public enum TextRule {

	/**
	 * A person's name, a job function: one line, no markup, nothing that reorders text.
	 */
	NAME(100, false, true),

	/**
	 * An organisation's name, a title, a reference to where a proof is kept: one line.
	 */
	LINE(200, false, false),

	/**
	 * An e-mail address: at most 254 characters (RFC 5321's longest path), in the syntax
	 * of RFC 5321/5322 with a known top-level domain, as Apache Commons Validator's
	 * {@link EmailValidator} reads it.
	 */
	EMAIL(254, false, false),

	/** A remark, a description, a request's details, the words of a consent: lines. */
	PARAGRAPH(4000, true, false);

	private static final EmailValidator ADDRESSES = EmailValidator.getInstance(false, false);

	private final int maxLength;

	private final boolean lines;

	private final boolean name;

	TextRule(int maxLength, boolean lines, boolean name) {
		this.maxLength = maxLength;
		this.lines = lines;
		this.name = name;
	}

	public int maxLength() {
		return this.maxLength;
	}

	/**
	 * The code under {@code invalid.} of the first rule the text breaks, or null when it
	 * breaks none. An absent text breaks none: whether a field is required is the
	 * caller's to say.
	 */
	public @Nullable String problem(@Nullable String text) {
		if (text == null) {
			return null;
		}
		if (text.length() > this.maxLength) {
			return "too-long";
		}
		if (!(this.lines ? Characters.acceptable(text) : Characters.oneLine(text))) {
			return "control-characters";
		}
		if (this.name && Characters.reordersOrMarksUp(text)) {
			return "name-characters";
		}
		if (this == EMAIL && !ADDRESSES.isValid(text.strip())) {
			return "email.invalid";
		}
		return null;
	}

	/** Adds the field's error to {@code errors} when the text breaks the rule. */
	public void check(String field, @Nullable String text, List<FieldError> errors) {
		String problem = problem(text);
		if (problem != null) {
			errors.add(new FieldError(field, problem));
		}
	}

}
