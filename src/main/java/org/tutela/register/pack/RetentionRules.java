package org.tutela.register.pack;

import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tutela.register.RetentionRule;
import org.tutela.personaldata.RetentionAction;
import org.tutela.personaldata.Anchor;
import org.tutela.register.RetentionRule.Condition;

/**
 * Reads retention rules written as
 * {@code <action> <number> <unit> after <anchor> [with consent |
 * without consent]}: the action is delete, anonymise or archive; the unit days, weeks,
 * months or years; the anchor one of {@link Anchor}'s words.
 */
final class RetentionRules {

	private static final Pattern RULE = Pattern.compile(
			"(delete|anonymise|archive)\\s+(\\d+)\\s+(days?|weeks?|months?|years?)\\s+after\\s+(.+?)(\\s+with consent|\\s+without consent)?");

	private RetentionRules() {
	}

	static RetentionRule parse(String text) {
		Matcher rule = RULE.matcher(text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
		if (!rule.matches()) {
			throw new IllegalArgumentException(
					"write a rule as '<delete|anonymise|archive> <number> <days|weeks|months|years> "
							+ "after <anchor> [with consent|without consent]'");
		}
		int amount = Integer.parseInt(rule.group(2));
		Period period = switch (rule.group(3).replaceAll("s$", "")) {
			case "day" -> Period.ofDays(amount);
			case "week" -> Period.ofWeeks(amount);
			case "month" -> Period.ofMonths(amount);
			default -> Period.ofYears(amount);
		};
		Anchor anchor = null;
		for (Anchor candidate : Anchor.values()) {
			if (candidate.words().equals(rule.group(4))) {
				anchor = candidate;
			}
		}
		if (anchor == null) {
			throw new IllegalArgumentException("unknown anchor '" + rule.group(4) + "'; use one of: " + anchors());
		}
		Condition condition = rule.group(5) == null ? Condition.ALWAYS
				: rule.group(5).strip().equals("with consent") ? Condition.WITH_CONSENT : Condition.WITHOUT_CONSENT;
		return new RetentionRule(RetentionAction.valueOf(rule.group(1).toUpperCase(Locale.ROOT)), period, anchor,
				condition);
	}

	private static String anchors() {
		StringBuilder words = new StringBuilder();
		for (Anchor anchor : Anchor.values()) {
			words.append(words.isEmpty() ? "" : ", ").append(anchor.words());
		}
		return words.toString();
	}

}
