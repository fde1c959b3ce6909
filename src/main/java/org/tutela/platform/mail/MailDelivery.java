package org.tutela.platform.mail;

/**
 * Sends e-mail: over SMTP when {@code spring.mail.host} is set, otherwise into the data
 * directory's {@code mail} folder as .eml files, so the embedded default needs no mail
 * server.
 */
public interface MailDelivery {

	void send(OutgoingMail mail);

}
