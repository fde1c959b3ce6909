package org.tutela.register;

import java.util.Locale;
import java.util.Map;

/**
 * A text of the pack in several languages; falls back to English, then to any language
 * given.
 */
public record Text(Map<String, String> byLanguage) {

	public Text {
		byLanguage = Map.copyOf(byLanguage);
	}

	public String in(Locale locale) {
		String text = this.byLanguage.get(locale.getLanguage());
		if (text == null) {
			text = this.byLanguage.getOrDefault("en", this.byLanguage.values().stream().findFirst().orElse(""));
		}
		return text;
	}

}
