package org.tutela.billing.sending;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.NoInvoiceAddress;
import org.tutela.billing.NotForPeppol;
import org.tutela.billing.Parties;
import org.tutela.billing.PeppolSendingOff;
import org.tutela.billing.Sending;
import org.tutela.billing.SendingChannel;
import org.tutela.billing.SendingStatus;
import org.tutela.billing.invoice.InvoiceBook;
import org.tutela.billing.invoice.Sendable;
import org.tutela.billing.sending.PeppolAccessPoint.Answer;
import org.tutela.identity.Caller;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;

/**
 * Sends issued invoices and credit notes, each time recorded: by e-mail, its PDF
 * attached, to the buyer's address for invoices in the document's language, through the
 * mail outbox; over Peppol, its UBL file handed to the access point, for a Peppol BIS
 * Billing 3.0 document only. The access point's answers are read every
 * {@code tutela.billing.peppol.answer-interval} and recorded as delivered or failed.
 */
@Component
public class Dispatching {

	private final InvoiceBook book;

	private final SendingStore store;

	private final PeppolAccessPoint accessPoint;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	Dispatching(InvoiceBook book, SendingStore store, PeppolAccessPoint accessPoint, MailOutbox mail,
			MessageSource messages, AuditTrail audit, Clock clock) {
		this.book = book;
		this.store = store;
		this.accessPoint = accessPoint;
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether documents can go over Peppol. */
	public boolean peppolOn() {
		return this.accessPoint.on();
	}

	/**
	 * Queues the document's PDF in the mail outbox, to the buyer's address for invoices.
	 */
	public Sending byMail(UUID invoice) {
		Sendable document = this.book.sendable(invoice);
		if (document.email() == null) {
			throw new NoInvoiceAddress(document.number());
		}
		Locale language = Locale.forLanguageTag(document.language());
		String key = "billing.mail." + document.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		Object[] arguments = { document.number(), document.seller() };
		this.mail
			.queue(new OutgoingMail(document.email(), this.messages.getMessage(key + ".subject", arguments, language),
					this.messages.getMessage(key, arguments, language), Map.of(),
					List.of(new OutgoingMail.Attachment(document.number() + ".pdf", "application/pdf",
							this.book.sentDocument(invoice, false)))));
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, document.person(),
				"document " + document.number() + " sent by e-mail"));
		return this.store.record(invoice, SendingChannel.EMAIL, document.email(), SendingStatus.QUEUED, Caller.name(),
				this.clock.instant());
	}

	/**
	 * Hands the document's UBL file to the access point; refused when Peppol sending is
	 * off and for a document that is not Peppol BIS Billing 3.0.
	 */
	public Sending overPeppol(UUID invoice) {
		Sendable document = this.book.sendable(invoice);
		if (!document.peppol()) {
			throw new NotForPeppol(document.number());
		}
		if (!this.accessPoint.on()) {
			throw new PeppolSendingOff();
		}
		Sending sending = this.store.record(invoice, SendingChannel.PEPPOL, document.peppolId(), SendingStatus.HANDED,
				Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, document.person(),
				"document " + document.number() + " handed to the Peppol access point"));
		// Last, so that a folder that refuses the file leaves nothing recorded.
		this.accessPoint.hand(document.number(), this.book.sentDocument(invoice, true));
		return sending;
	}

	/** The document's sendings, the latest first. */
	public List<Sending> of(UUID invoice) {
		Sendable document = this.book.sendable(invoice);
		if (document.person() != null) {
			this.audit.record(AuditEvent.read(document.person(), Parties.PURPOSE, "recipient"));
		}
		return this.store.of(invoice);
	}

	/** On the configured timer, on one node at a time, while Peppol sending is on. */
	@Scheduled(fixedDelayString = "${tutela.billing.peppol.answer-interval:1m}", initialDelayString = "1m")
	@SchedulerLock(name = "billing-peppol-answers")
	void readAnswersRegularly() {
		if (this.accessPoint.on()) {
			recordAnswers();
		}
	}

	/**
	 * Records each answer the access point gave on the sending it is about, each on its
	 * own and before its file goes, so that an answer is never lost; an answer about no
	 * sending waiting for one is set aside. How many were recorded.
	 */
	public int recordAnswers() {
		int recorded = 0;
		for (Answer answer : this.accessPoint.answers()) {
			if (this.store.answered(answer.number(), answer.delivered(), answer.reason(), this.clock.instant())) {
				this.accessPoint.acknowledge(answer);
				recorded++;
			}
			else {
				this.accessPoint.setAside(answer);
			}
		}
		return recorded;
	}

}
