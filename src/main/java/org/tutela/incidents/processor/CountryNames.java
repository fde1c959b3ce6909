package org.tutela.incidents.processor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every country by its two-letter code, named in the reader's language and in the order
 * of those names: what a form offers and what a page or the overview shows.
 */
public final class CountryNames {

	private CountryNames() {
	}

	public static Map<String, String> in(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		Arrays.stream(Locale.getISOCountries())
			.map(code -> Map.entry(code, new Locale("", code).getDisplayCountry(locale)))
			.sorted(Map.Entry.comparingByValue())
			.forEach(entry -> names.put(entry.getKey(), entry.getValue()));
		return names;
	}

}
