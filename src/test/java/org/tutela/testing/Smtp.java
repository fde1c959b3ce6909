package org.tutela.testing;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the mail tests start, on the port the test configuration sends mail to:
 * {@code tutela.test.smtp-port}, 3025 unless given, so that two test runs on one machine
 * can each have their own.
 */
public final class Smtp {

	public static final ServerSetup SERVER = new ServerSetup(Integer.getInteger("tutela.test.smtp-port", 3025),
			"127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	private Smtp() {
	}

}
