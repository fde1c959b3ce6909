package org.tutela.people.identifier;

/** Strips the separators people type in identifiers: spaces, dots, dashes and slashes. */
final class Digits {

	private Digits() {
	}

	static String of(String text, String kind) {
		String stripped = text.replaceAll("[\\s.\\-/]", "");
		if (stripped.isEmpty() || !stripped.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidValue(kind + ".digits");
		}
		return stripped;
	}

}
