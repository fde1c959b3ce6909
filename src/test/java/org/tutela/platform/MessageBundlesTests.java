package org.tutela.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module words its pages in a bundle of its own ({@code i18n/<module>.properties},
 * with {@code _nl} and {@code _fr}): the three languages say the same keys, no key is in
 * two modules' bundles or twice in one (where the last would silently win), and the
 * application reads every bundle there is.
 */
class MessageBundlesTests {

	private static final List<String> LANGUAGES = List.of("", "_nl", "_fr");

	@Test
	void everyModuleBundleSaysTheSameKeysInEnglishDutchAndFrenchAndNoKeyIsInTwoModules() throws IOException {
		Map<String, String> owners = new HashMap<>();
		for (String module : modules()) {
			Set<String> english = keys("i18n/" + module + ".properties");
			assertThat(english).as(module).isNotEmpty();
			for (String language : LANGUAGES) {
				assertThat(keys("i18n/" + module + language + ".properties")).as(module + language)
					.containsExactlyInAnyOrderElementsOf(english);
			}
			english.forEach(key -> assertThat(owners.put(key, module)).as(key + " in " + module).isNull());
		}
	}

	@Test
	void theApplicationReadsEveryModuleBundle() throws IOException {
		Properties settings = new Properties();
		try (InputStream in = new ClassPathResource("application.properties").getInputStream()) {
			settings.load(in);
		}
		Set<String> read = new TreeSet<>(Arrays.asList(settings.getProperty("spring.messages.basename").split(",")));
		assertThat(read)
			.containsExactlyInAnyOrderElementsOf(modules().stream().map(module -> "i18n/" + module).toList());
	}

	private static Set<String> modules() throws IOException {
		Set<String> modules = new TreeSet<>();
		for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			String name = bundle.getFilename().replace(".properties", "");
			if (!name.matches(".*_[a-z]{2}")) {
				modules.add(name);
			}
		}
		return modules;
	}

	private static Set<String> keys(String path) throws IOException {
		Properties bundle = new Properties() {

			@Override
			public synchronized Object put(Object key, Object value) {
				Object before = super.put(key, value);
				assertThat(before).as(key + " twice in " + path).isNull();
				return before;
			}

		};
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(bundle.stringPropertyNames());
	}

}
