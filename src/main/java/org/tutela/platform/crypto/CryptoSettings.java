package org.tutela.platform.crypto;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * In production the keysets must come from the configuration: keys in a file beside the
 * application would travel with every copy of its disk. The start stops before anything
 * else happens, saying what to set.
 */
class CryptoSettings implements EnvironmentPostProcessor {

	static final String FIELD_KEYSET = "tutela.crypto.field-keyset";

	static final String INDEX_KEYSET = "tutela.crypto.index-keyset";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.acceptsProfiles(Profiles.of("prod"))
				&& (!StringUtils.hasText(environment.getProperty(FIELD_KEYSET))
						|| !StringUtils.hasText(environment.getProperty(INDEX_KEYSET)))) {
			throw new MissingKeysets();
		}
	}

}
