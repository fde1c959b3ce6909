package org.tutela.people.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.tutela.people.Address;

/** Countries by their two-letter code, named in the reader's language. */
final class Countries {

	private Countries() {
	}

	/** A country a form offers: its code, sent, and its name, shown. */
	record Country(String code, String name) {
	}

	static List<Country> all(Locale locale) {
		return Arrays.stream(Locale.getISOCountries())
			.map(code -> new Country(code, name(code, locale)))
			.sorted(Comparator.comparing(Country::name))
			.toList();
	}

	/** The address on one line, its country named. */
	static String line(Address address, Locale locale) {
		String place = Stream.of(address.postcode(), address.city())
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(" "));
		return Stream.of(address.street(), place, name(address.country(), locale))
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
	}

	static String name(@Nullable String code, Locale locale) {
		return code == null || code.isBlank() ? "" : new Locale("", code).getDisplayCountry(locale);
	}

}
