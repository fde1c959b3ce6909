package org.tutela.incidents.notice;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.incidents.Breach;
import org.tutela.incidents.BreachNotice;
import org.tutela.platform.dates.Dates;
import org.tutela.register.Register;

/**
 * A first notice in a language, from the breach's record, for the data protection officer
 * to confirm or rewrite: the items of GDPR Art. 34(2) under headings in that language
 * (the nature of the breach, the data concerned, the likely consequences, the measures
 * taken and planned, the data protection officer's address from the pack), the record's
 * own words beneath them as they were typed.
 */
@Component
public class NoticeDrafts {

	private final MessageSource messages;

	private final Dates dates;

	private final Register register;

	NoticeDrafts(MessageSource messages, Dates dates, Register register) {
		this.messages = messages;
		this.dates = dates;
		this.register = register;
	}

	public BreachNotice of(Breach breach, String language) {
		Locale locale = Locale.forLanguageTag(language);
		String body = Stream
			.of(text(locale, "breach.notice.draft.intro", this.dates.dayOf(breach.discoveredAt(), locale)),
					section(locale, "breach.notice.draft.nature", breach.whatHappened()),
					section(locale, "breach.notice.draft.data", breach.dataCategories()),
					section(locale, "breach.notice.draft.consequences", breach.consequences()),
					section(locale, "breach.notice.draft.measures",
							Stream.of(breach.measuresTaken(), breach.measuresPlanned())
								.filter(measure -> measure != null && !measure.isBlank())
								.collect(Collectors.joining("\n"))),
					text(locale, "breach.notice.draft.contact", this.register.pack().dpoEmail()))
			.filter(part -> !part.isEmpty())
			.collect(Collectors.joining("\n\n"));
		return new BreachNotice(language, text(locale, "breach.notice.draft.subject", breach.reference()), body);
	}

	private String section(Locale locale, String heading, @org.jspecify.annotations.Nullable String content) {
		return content == null || content.isBlank() ? "" : text(locale, heading) + "\n" + content.strip();
	}

	private String text(Locale locale, String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
