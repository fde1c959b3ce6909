package org.tutela.outreach.send;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web links in a campaign text, in order: what click tracking rewrites and follows by
 * position.
 */
public final class CampaignLinks {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

	private CampaignLinks() {
	}

	public static List<String> in(String text) {
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(text);
		while (link.find()) {
			links.add(link.group());
		}
		return links;
	}

	/**
	 * The text with the link at each position replaced by what {@code replacement} makes
	 * of its position.
	 */
	static String rewrite(String text, IntFunction<String> replacement) {
		Matcher link = LINK.matcher(text);
		StringBuilder rewritten = new StringBuilder();
		int position = 0;
		while (link.find()) {
			link.appendReplacement(rewritten, Matcher.quoteReplacement(replacement.apply(position++)));
		}
		link.appendTail(rewritten);
		return rewritten.toString();
	}

}
