package org.tutela;

import java.io.PrintStream;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.audit.AuditCommand;
import org.tutela.platform.crypto.FieldKeys;
import org.tutela.platform.crypto.NewKeysets;

/**
 * Tutela: the personal-data side of a training provider, keeping its privacy policy by
 * construction. Without arguments it serves; {@code keys new} prints production keysets,
 * {@code keys rotate} rotates the embedded field key without opening the web server's
 * port, and {@code audit verify} checks the audit trail with nothing but the database.
 */
@SpringBootApplication
public class TutelaApplication {

	public static void main(String[] args) throws Exception {
		if (isCommand(args, "keys", "new")) {
			NewKeysets.print(System.out);
			return;
		}
		if (isCommand(args, "keys", "rotate")) {
			rotateKeys(Arrays.copyOfRange(args, 2, args.length), System.out);
			return;
		}
		if (isCommand(args, "audit", "verify")) {
			System.exit(verifyAudit(Arrays.copyOfRange(args, 2, args.length), System.out));
		}
		SpringApplication.run(TutelaApplication.class, args);
	}

	/**
	 * Verifies the audit chain of the configured database; the exit code is 0 when
	 * intact.
	 */
	static int verifyAudit(String[] settings, PrintStream out) {
		return AuditCommand.verify(settings, out);
	}

	/**
	 * Embedded mode: a new field key in the keyset file, and every stored value moved
	 * under it.
	 */
	static void rotateKeys(String[] settings, PrintStream out) {
		try (ConfigurableApplicationContext context = withoutServer(settings)) {
			FieldKeys keys = context.getBean(FieldKeys.class);
			keys.rotate();
			out.println("New field key in use; re-encrypted " + keys.reEncrypt() + " values; "
					+ keys.valuesUnderOldKeys() + " remain under older keys.");
		}
	}

	// The whole application, but listening on no port (server.port=-1): only the command
	// runs.
	private static ConfigurableApplicationContext withoutServer(String[] settings) {
		String[] arguments = Arrays.copyOf(settings, settings.length + 1);
		arguments[settings.length] = "--server.port=-1";
		return new SpringApplicationBuilder(TutelaApplication.class).run(arguments);
	}

	private static boolean isCommand(String[] args, String first, String second) {
		return args.length >= 2 && args[0].equals(first) && args[1].equals(second);
	}

}
