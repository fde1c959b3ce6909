package org.tutela.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.register.pack.PackReader;

/**
 * The active policy pack: one of the packs shipped in {@code policies/} (by name, default
 * {@code training-company}), or an organisation's own file. Read and checked once at start-up;
 * a broken pack stops the start with every problem named.
 */
@Component
public class Register {

	/** The packs shipped with Tutela, one per archetype of SEED-PROMISES.md. */
	public static final List<String> SHIPPED = List.of("training-company", "prevention-service", "medical-inspection",
			"hr-network", "online-academy", "quality-network");

	private final PolicyPack pack;

	public Register(@Value("${tutela.policy.pack:training-company}") String name, @Value("${tutela.policy.file:}") String file) {
		this.pack = file.isBlank() ? shipped(name) : own(Path.of(file));
	}

	public PolicyPack pack() {
		return this.pack;
	}

	/** Reads a shipped pack by name. */
	public static PolicyPack shipped(String name) {
		if (!SHIPPED.contains(name)) {
			throw new InvalidPolicyPack(List.of(new PackProblem("tutela.policy.pack", 1, "tutela.policy.pack",
					"'" + name + "' is not a shipped pack; use one of " + String.join(", ", SHIPPED)
							+ ", or set tutela.policy.file to your own")));
		}
		String resource = "policies/" + name + ".yaml";
		try (InputStream in = Register.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The shipped pack " + resource + " is missing from the build");
			}
			return PackReader.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static PolicyPack own(Path file) {
		try {
			return PackReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException unreadable) {
			throw new InvalidPolicyPack(
					List.of(new PackProblem(file.toString(), 1, "-", "cannot be read: " + unreadable.getClass().getSimpleName())));
		}
	}

}
