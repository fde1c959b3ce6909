package org.tutela.testing;

import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a piece of a test as a staff member holding the given permissions, then as whoever
 * was signed in before.
 */
public final class Staff {

	/**
	 * What a coordinator holds for the training side: people, catalogue, enrolment,
	 * attendance, disclosures.
	 */
	private static final String[] COORDINATOR = { "backoffice", "people.read", "people.manage", "catalog.manage",
			"enrolment.manage", "attendance.record", "disclosures.record" };

	private Staff() {
	}

	public static <T> T as(Supplier<T> work, String... authorities) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("staff", null, authorities));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	public static <T> T coordinator(Supplier<T> work) {
		return as(work, COORDINATOR);
	}

	public static void coordinator(Runnable work) {
		as(() -> {
			work.run();
			return null;
		}, COORDINATOR);
	}

}
