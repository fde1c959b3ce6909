package org.tutela;

import java.io.PrintStream;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.audit.AuditVerification;
import org.tutela.platform.NewKeysets;

/**
 * Tutela: the personal-data side of a training provider, keeping its privacy policy by
 * construction. Without arguments it serves; {@code keys new} prints production keysets and
 * {@code audit verify} checks the audit trail, both without starting the web server.
 */
@SpringBootApplication
public class TutelaApplication {

	public static void main(String[] args) throws Exception {
		if (isCommand(args, "keys", "new")) {
			NewKeysets.print(System.out);
			return;
		}
		if (isCommand(args, "audit", "verify")) {
			System.exit(verifyAudit(Arrays.copyOfRange(args, 2, args.length), System.out));
		}
		SpringApplication.run(TutelaApplication.class, args);
	}

	/** Verifies the audit chain of the configured database; the exit code is 0 when intact. */
	static int verifyAudit(String[] settings, PrintStream out) {
		// The whole application, but listening on no port (server.port=-1): only the check runs.
		String[] arguments = Arrays.copyOf(settings, settings.length + 1);
		arguments[settings.length] = "--server.port=-1";
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TutelaApplication.class)
			.run(arguments)) {
			return context.getBean(AuditVerification.class).verifyFromCommandLine(out);
		}
	}

	private static boolean isCommand(String[] args, String first, String second) {
		return args.length >= 2 && args[0].equals(first) && args[1].equals(second);
	}

}
