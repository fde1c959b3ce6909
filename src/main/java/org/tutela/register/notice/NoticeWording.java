package org.tutela.register.notice;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.register.Activity;
import org.tutela.register.PolicyPack;
import org.tutela.register.Processor;
import org.tutela.register.RetentionRule;

/**
 * The sentences of a notice that are built from the pack's choices (a basis, a retention
 * rule), in the reader's language; notice templates call it as {@code @noticeWording}.
 */
@Component("noticeWording")
public class NoticeWording {

	private final MessageSource messages;

	NoticeWording(MessageSource messages) {
		this.messages = messages;
	}

	/** The sentence: "Legal basis: the contract with you (GDPR Art. 6(1)(b))." */
	public String basis(Activity activity, Locale locale) {
		return message("notice.basis", locale, basisName(activity, locale));
	}

	/** The basis alone, with the law or interest the pack names. */
	public String basisName(Activity activity, Locale locale) {
		String basis = message("notice.basis." + activity.basis(), locale);
		return activity.basisDetail() == null ? basis : basis + " (" + activity.basisDetail().in(locale) + ")";
	}

	/**
	 * The sentence naming the condition, or every condition, of Art. 9(2) the activity
	 * rests on.
	 */
	public String special(Activity activity, Locale locale) {
		return message(activity.specialConditions().size() > 1 ? "notice.specials" : "notice.special", locale,
				specialName(activity, locale));
	}

	/** The conditions of Art. 9(2), in the order of the article. */
	public String specialName(Activity activity, Locale locale) {
		return activity.specialConditions()
			.stream()
			.map(condition -> message("notice.special." + condition, locale))
			.collect(Collectors.joining("; "));
	}

	public String categories(Activity activity, Locale locale) {
		return message("notice.categories", locale, categoryNames(activity, locale));
	}

	/** The activity's data categories, as persons read them, in the catalogue's order. */
	public String categoryNames(Activity activity, Locale locale) {
		return activity.categories()
			.stream()
			.sorted()
			.map(category -> message("notice.category." + category, locale))
			.collect(Collectors.joining(", "));
	}

	public String retention(RetentionRule rule, Locale locale) {
		return message("notice.retention", locale, message("notice.action." + rule.action(), locale),
				message("notice.period." + rule.unit().name(), locale, rule.amount()),
				message("notice.anchor." + rule.anchor(), locale),
				message("notice.condition." + rule.condition(), locale));
	}

	public String processor(Processor processor, Locale locale) {
		return processor.name() + " (" + processor.service() + ", " + where(processor, locale) + ")";
	}

	/** The processor's country, and for a transfer outside the EEA what allows it. */
	public String where(Processor processor, Locale locale) {
		return processor.transferMechanism() == null ? processor.country()
				: processor.country() + ", " + message("notice.transfer." + processor.transferMechanism(), locale);
	}

	public String deadline(PolicyPack pack, Locale locale) {
		return message("notice.rights.deadline", locale, message(
				"notice.period." + pack.requestDeadline().unit().name(), locale, pack.requestDeadline().amount()));
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
