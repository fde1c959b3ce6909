package org.tutela.platform.problem;

/**
 * Which characters text from outside may hold. Refused everywhere: NUL and the other C0
 * controls but tab and line breaks, DEL, the C1 controls, unpaired surrogates and the two
 * non-characters U+FFFE and U+FFFF. PostgreSQL refuses NUL outright, and the rest only
 * ever arrive by accident or by attack. Where a field is one line, line breaks are
 * refused too; in names, also the characters that reorder text (Unicode's bidirectional
 * embeddings, overrides and isolates, as in "Trojan source") and markup.
 */
public final class Characters {

	private Characters() {
	}

	/** True when every character may be stored; line breaks and tabs are allowed. */
	public static boolean acceptable(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (control(c) && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * True when the text breaks no rule of {@link #acceptable} and holds no line break.
	 */
	public static boolean oneLine(CharSequence text) {
		return acceptable(text) && text.chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\t');
	}

	/**
	 * True when the text holds a character that reorders what is shown (U+202A to U+202E,
	 * U+2066 to U+2069) or markup ({@code <}, {@code >}).
	 */
	public static boolean reordersOrMarksUp(CharSequence text) {
		return text.chars()
			.anyMatch(c -> c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '<' || c == '>');
	}

	private static boolean control(char c) {
		return c < 0x20 || c >= 0x7F && c <= 0x9F;
	}

}
