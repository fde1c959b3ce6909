package org.tutela.platform.web;

import org.springframework.boot.jackson.JacksonComponent;
import org.tutela.platform.problem.Characters;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Every text read from a JSON body holds only characters that can be stored (the rule of
 * {@link Characters#acceptable}) and is no longer than the longest field Tutela takes; a
 * value that breaks either fails the whole body, answered as a 400 naming the field
 * ({@link ApiProblems}), as {@link InputBoundary} does for forms.
 */
@JacksonComponent
class CheckedStrings extends StringDeserializer {

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String text = super.deserialize(parser, context);
		if (text != null && text.length() > InputBoundary.LONGEST_VALUE) {
			throw new UnacceptableText(parser, "too-long");
		}
		if (text != null && !Characters.acceptable(text)) {
			throw new UnacceptableText(parser, "control-characters");
		}
		return text;
	}

	/**
	 * A text that cannot be stored, with the code of the rule it breaks; its place in the
	 * body is attached as it travels up.
	 */
	static final class UnacceptableText extends DatabindException {

		private final String code;

		UnacceptableText(JsonParser parser, String code) {
			super(parser, "A text breaks the rule " + code);
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

}
