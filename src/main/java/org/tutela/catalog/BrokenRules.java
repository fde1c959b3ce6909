package org.tutela.catalog;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The rules a course or a room must keep, as their records state them: every broken one
 * named with its field, whether the thing is added or changed.
 */
final class BrokenRules {

	private BrokenRules() {
	}

	/** Refuses the input when it breaks a rule, naming each broken one. */
	static void refuse(Validator validator, Object input) {
		List<FieldError> errors = validator.validate(input)
			.stream()
			.map(violation -> new FieldError(violation.getPropertyPath().toString(), code(violation)))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	/** The message code of a broken constraint, under {@code invalid.}. */
	private static String code(ConstraintViolation<?> violation) {
		return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
			case "NotBlank", "NotNull" -> "required";
			case "Size" -> "too-long";
			case "Min", "Max" -> "catalog.range";
			default -> "catalog.format";
		};
	}

}
