package org.tutela.platform.problem;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every form field and JSON text passes through: whatever the text, each rule
 * answers, and what it accepts holds no character that cannot be stored and fits its
 * length.
 */
class TextRuleFuzzTests {

	@FuzzTest(maxDuration = "30s")
	void everyRuleAnswersAndWhatItAcceptsCanBeStored(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();
		for (TextRule rule : TextRule.values()) {
			if (rule.problem(text) == null) {
				assertThat(text.length()).isLessThanOrEqualTo(rule.maxLength());
				assertThat(Characters.acceptable(text)).isTrue();
				assertThat(text).doesNotContain("\u0000");
			}
		}
	}

}
