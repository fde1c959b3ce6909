package org.tutela.outreach.send;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.Variant;
import org.tutela.outreach.list.Links;
import org.tutela.people.Addressee;
import org.tutela.platform.mail.OutgoingMail;

/**
 * A campaign message for one recipient: the variant in their language (else English, else
 * the first), with the coming courses where it asks for them, its links leading through
 * click tracking where that is allowed, and below it why they receive it and how to
 * leave. Marketing carries the one-click unsubscribe headers of RFC 2369 and RFC 8058;
 * information the law requires only the preference centre, as it cannot be refused
 * (CES-2).
 */
@Component
class MessageComposer {

	private final Links links;

	private final MessageSource messages;

	private final ClickTracking tracking;

	private final CourseSuggestions suggestions;

	MessageComposer(Links links, MessageSource messages, ClickTracking tracking, CourseSuggestions suggestions) {
		this.suggestions = suggestions;
		this.links = links;
		this.messages = messages;
		this.tracking = tracking;
	}

	OutgoingMail compose(MailingList list, UUID campaign, List<Variant> variants, Addressee to) {
		Variant variant = pick(variants, to.language());
		Locale locale = Locale.forLanguageTag(variant.language());
		String written = this.suggestions.fill(variant.body(), to.person(), locale);
		String body = this.tracking.allowed(list) ? CampaignLinks.rewrite(written,
				position -> this.links.click(new Links.Click(campaign, to.person(), variant.language(), position)))
				: written;
		String preferences = this.links.preferences(to.person());
		if (list.category() == ListCategory.LEGAL) {
			return new OutgoingMail(to.email(), variant.subject(), body + "\n\n-- \n" + this.messages
				.getMessage("outreach.footer.legal", new Object[] { list.name(), preferences }, locale));
		}
		String unsubscribe = this.links.unsubscribe(list.id(), to.person());
		return new OutgoingMail(to.email(), variant.subject(),
				body + "\n\n-- \n"
						+ this.messages.getMessage("outreach.footer.marketing",
								new Object[] { list.name(), unsubscribe, preferences }, locale),
				Map.of("List-Unsubscribe", "<" + unsubscribe + ">", "List-Unsubscribe-Post",
						"List-Unsubscribe=One-Click"));
	}

	/**
	 * A test message to staff: the links stand in as words, so nobody is unsubscribed by
	 * trying them.
	 */
	OutgoingMail test(MailingList list, Variant variant, String email) {
		Locale locale = Locale.forLanguageTag(variant.language());
		String footer = this.messages.getMessage(
				list.category() == ListCategory.LEGAL ? "outreach.footer.legal" : "outreach.footer.marketing",
				new Object[] { list.name(), "[unsubscribe link]", "[preferences link]" }, locale);
		return new OutgoingMail(email, "[TEST] " + variant.subject(),
				this.suggestions.fillGeneric(variant.body(), locale) + "\n\n-- \n" + footer);
	}

	static Variant pick(List<Variant> variants, String language) {
		return variants.stream()
			.filter(variant -> language.equals(variant.language()))
			.findFirst()
			.or(() -> variants.stream().filter(variant -> "en".equals(variant.language())).findFirst())
			.orElse(variants.get(0));
	}

}
