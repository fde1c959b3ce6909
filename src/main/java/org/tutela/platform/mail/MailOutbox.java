package org.tutela.platform.mail;

/**
 * Queues a message in the current transaction, so that it goes out only if the change it
 * reports is stored, and is not lost when the mail server is away: it is sent within
 * seconds, and retried until the server takes it.
 */
public interface MailOutbox {

	void queue(OutgoingMail mail);

}
