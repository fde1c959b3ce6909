package org.tutela.people.person;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form names are searched in: lower case, without accents, single spaces, so that
 * "Dupré" is found as "dupre" and "Van den Bossche" as "van den bossche".
 */
public final class SearchName {

	private SearchName() {
	}

	public static String of(String... parts) {
		StringBuilder joined = new StringBuilder();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				joined.append(joined.isEmpty() ? "" : " ").append(part);
			}
		}
		String decomposed = Normalizer.normalize(joined, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
