package org.tutela.platform.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Delivers through the configured SMTP server, or drops the message into the mail folder.
 */
@Component
class SmtpOrFolderDelivery implements MailDelivery {

	private final ObjectProvider<JavaMailSender> smtp;

	private final String from;

	private final Path folder;

	SmtpOrFolderDelivery(ObjectProvider<JavaMailSender> smtp, @Value("${tutela.mail.from}") String from,
			@Value("${tutela.data-dir}") Path dataDir) {
		this.smtp = smtp;
		this.from = from;
		this.folder = dataDir.resolve("mail");
	}

	@Override
	public void send(OutgoingMail mail) {
		JavaMailSender sender = this.smtp.getIfAvailable();
		try {
			MimeMessage message = sender != null ? sender.createMimeMessage()
					: new MimeMessage(Session.getInstance(new Properties()));
			MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text());
			for (OutgoingMail.Attachment attachment : mail.attachments()) {
				helper.addAttachment(attachment.name(), new ByteArrayResource(attachment.content()),
						attachment.contentType());
			}
			for (var header : mail.headers().entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
			if (sender != null) {
				sender.send(message);
			}
			else {
				drop(message);
			}
		}
		catch (MessagingException ex) {
			throw new MailSendException("The message could not be composed", ex);
		}
	}

	private void drop(MimeMessage message) throws MessagingException {
		try {
			Files.createDirectories(this.folder);
			try (OutputStream file = Files.newOutputStream(this.folder.resolve(UUID.randomUUID() + ".eml"))) {
				message.writeTo(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
