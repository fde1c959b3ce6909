package org.tutela.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;

/** Reading what reached the GreenMail server of a mail test. */
public final class Mailbox {

	private Mailbox() {
	}

	/** Waits up to 15 s for mail to the address whose subject starts as given. */
	public static List<MimeMessage> await(GreenMailExtension smtp, String to, String subject) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(until)) {
			List<MimeMessage> found = to(smtp, to, subject);
			if (!found.isEmpty()) {
				return found;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no mail '" + subject + "' to " + to + " within 15 s");
	}

	public static List<MimeMessage> to(GreenMailExtension smtp, String to, String subject) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(to) && message.getSubject().startsWith(subject)) {
				found.add(message);
			}
		}
		return found;
	}

	/**
	 * The body as written, undoing the quoted-printable transfer encoding of long lines
	 * and of '='.
	 */
	public static String decoded(String body) {
		return body.replace("=\r\n", "").replace("=3D", "=");
	}

}
