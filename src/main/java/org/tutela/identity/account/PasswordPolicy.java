package org.tutela.identity.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.springframework.stereotype.Component;
import org.tutela.identity.WeakPassword;

/**
 * The rules for a new password (OWASP ASVS 5.0, 6.2): at least 12 characters, at most
 * 128, any characters allowed, and not guessable: the zxcvbn estimate (nbvcxz, with its
 * lists of common passwords, names and words) must reach a score of 3 of 4 with the
 * holder's own user name and name counted as known words. No composition rules, no forced
 * expiry.
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 128;

	private static final int MINIMUM_SCORE = 3;

	public void check(String password, String... personalWords) {
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			throw new WeakPassword("password.tooShort");
		}
		if (length > MAXIMUM_LENGTH) {
			throw new WeakPassword("password.tooLong");
		}
		if (estimator(personalWords).estimate(password).getBasicScore() < MINIMUM_SCORE) {
			throw new WeakPassword("password.tooCommon");
		}
	}

	private static Nbvcxz estimator(String... personalWords) {
		DictionaryBuilder personal = new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
		for (String word : personalWords) {
			for (String part : word.toLowerCase(Locale.ROOT).split("[\\s._-]+")) {
				if (!part.isBlank()) {
					personal.addWord(part, 0);
				}
			}
		}
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		dictionaries.add(personal.createDictionary());
		return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
	}

}
