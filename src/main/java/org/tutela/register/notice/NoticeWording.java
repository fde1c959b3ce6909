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
 * The sentences of a notice that are built from the pack's choices (a basis, a retention rule),
 * in the reader's language; notice templates call it as {@code @noticeWording}.
 */
@Component("noticeWording")
public class NoticeWording {

	private final MessageSource messages;

	NoticeWording(MessageSource messages) {
		this.messages = messages;
	}

	public String basis(Activity activity, Locale locale) {
		String basis = message("notice.basis." + activity.basis(), locale);
		return message("notice.basis", locale, activity.basisDetail() == null ? basis
				: basis + " (" + activity.basisDetail().in(locale) + ")");
	}

	public String special(Activity activity, Locale locale) {
		return message("notice.special", locale, message("notice.special." + activity.specialCondition(), locale));
	}

	public String categories(Activity activity, Locale locale) {
		return message("notice.categories", locale, activity.categories()
			.stream()
			.sorted()
			.map(category -> message("notice.category." + category, locale))
			.collect(Collectors.joining(", ")));
	}

	public String retention(RetentionRule rule, Locale locale) {
		return message("notice.retention", locale, message("notice.action." + rule.action(), locale),
				message("notice.period." + rule.unit().name(), locale, rule.amount()),
				message("notice.anchor." + rule.anchor(), locale), message("notice.condition." + rule.condition(), locale));
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
		return message("notice.rights.deadline", locale,
				message("notice.period." + pack.requestDeadline().unit().name(), locale, pack.requestDeadline().amount()));
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
