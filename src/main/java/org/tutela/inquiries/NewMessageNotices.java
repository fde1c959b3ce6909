package org.tutela.inquiries;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.identity.StaffAccounts;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;

/**
 * Tells the staff a new message is routed to that it waits in their inbox: the account
 * the subject names, or every account of its role. The mail says what the message is
 * about and where to read it, never who sent it or what they wrote: that stays in the
 * back office, where reading it is audited.
 */
@Component
class NewMessageNotices {

	private final StaffAccounts accounts;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final String baseUrl;

	NewMessageNotices(StaffAccounts accounts, MailOutbox mail, MessageSource messages,
			@Value("${tutela.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** Queues the notice, in the same transaction as the message it announces. */
	void tell(InquiryKind kind, @Nullable String about, @Nullable String account, @Nullable String role) {
		Locale locale = Locale.ENGLISH;
		String what = kind == InquiryKind.CONTACT
				? this.messages.getMessage("inquiries.notice.contact", new Object[] { about }, locale)
				: this.messages.getMessage("inquiries.notice.information", null, locale);
		String subject = this.messages.getMessage("inquiries.notice.subject", new Object[] { what }, locale);
		String text = this.messages.getMessage("inquiries.notice.text",
				new Object[] { what, this.baseUrl + "/admin/inquiries" }, locale);
		this.accounts.addressesOf(account, role)
			.forEach(address -> this.mail.queue(new OutgoingMail(address, subject, text)));
	}

}
