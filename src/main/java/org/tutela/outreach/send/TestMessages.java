package org.tutela.outreach.send;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.Variant;
import org.tutela.platform.mail.MailDelivery;

/** Test messages of a campaign, to staff, one per language. */
@Component
public class TestMessages {

	private final MessageComposer composer;

	private final MailDelivery mail;

	TestMessages(MessageComposer composer, MailDelivery mail) {
		this.composer = composer;
		this.mail = mail;
	}

	public void send(MailingList list, List<Variant> variants, String email) {
		variants.forEach(variant -> this.mail.send(this.composer.test(list, variant, email)));
	}

}
