package org.tutela.people.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The form field a picker fills in, and what was typed into its search box; a field is a
 * form's parameter name, nothing else.
 */
record PickerField(String field, String typed) {

	private static final Pattern FIELD = Pattern.compile("[a-z][a-zA-Z]{0,40}");

	/** Choices are offered from this many letters typed. */
	private static final int LEAST_TYPED = 2;

	static PickerField of(@Nullable String field, Map<String, String> sent) {
		if (field == null || !FIELD.matcher(field).matches()) {
			throw new InvalidInput(List.of(new FieldError("field", "required")));
		}
		return new PickerField(field, sent.getOrDefault(field + "-search", "").strip());
	}

	/**
	 * The picker's choices: what {@code search} finds for what was typed, once enough is.
	 */
	String choices(Model model, Function<String, List<?>> search, String fragment) {
		model.addAttribute("field", this.field);
		model.addAttribute("typed", this.typed);
		model.addAttribute("found", this.typed.length() >= LEAST_TYPED ? search.apply(this.typed) : List.of());
		return fragment;
	}

}
