package org.tutela.platform.web;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tutela.platform.problem.TextRule;

/**
 * Gives every page the longest length of each kind of text, so that a form's
 * {@code maxlength} is the rule its check applies:
 * {@code th:maxlength="${maxLength.NAME}"}.
 */
@ControllerAdvice(annotations = Controller.class)
class TextRulesInPages {

	private static final Map<String, Integer> MAX_LENGTHS = Arrays.stream(TextRule.values())
		.collect(Collectors.toUnmodifiableMap(TextRule::name, TextRule::maxLength));

	@ModelAttribute("maxLength")
	Map<String, Integer> maxLength() {
		return MAX_LENGTHS;
	}

}
