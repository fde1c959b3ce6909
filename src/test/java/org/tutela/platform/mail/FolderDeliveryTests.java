package org.tutela.platform.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.tutela.platform.mail.OutgoingMail.Attachment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a mail server, the embedded default keeps each message, attachments included,
 * as an .eml file.
 */
class FolderDeliveryTests {

	@Test
	void aMessageWithAnAttachmentIsWrittenToTheMailFolder(@TempDir Path dataDir) throws Exception {
		SmtpOrFolderDelivery delivery = new SmtpOrFolderDelivery(
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), "Tutela <no-reply@localhost>",
				dataDir);

		delivery.send(new OutgoingMail("ann@example.org", "Registration confirmed", "Hello Ann", Map.of(),
				List.of(new Attachment("session.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
						"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8)))));

		try (var files = Files.list(dataDir.resolve("mail"))) {
			String written = Files.readString(files.findFirst().orElseThrow());
			assertThat(written).contains("Subject: Registration confirmed", "Hello Ann", "filename=session.ics",
					"text/calendar");
		}
	}

}
