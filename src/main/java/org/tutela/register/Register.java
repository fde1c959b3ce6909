package org.tutela.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.register.pack.PackReader;

/**
 * The active policy pack: one of the packs shipped in {@code policies/} (by name, default
 * {@code training-company}), or an organisation's own file. Read and checked once at
 * start-up; a broken pack stops the start with every problem named.
 */
@Component
public class Register {

	/** The packs shipped with Tutela, one per archetype of SEED-PROMISES.md. */
	public static final List<String> SHIPPED = List.of("training-company", "prevention-service", "medical-inspection",
			"hr-network", "online-academy", "quality-network");

	private final String location;

	private final String source;

	private final PolicyPack pack;

	public Register(@Value("${tutela.policy.pack:training-company}") String name,
			@Value("${tutela.policy.file:}") String file) {
		this.location = file.isBlank() ? "policies/" + name + ".yaml" : file;
		this.source = file.isBlank() ? shippedSource(name) : ownSource(Path.of(file));
		this.pack = PackReader.read(this.location, this.source);
	}

	public PolicyPack pack() {
		return this.pack;
	}

	/**
	 * The pack's file as written, comments included: what notice versions keep and
	 * compare.
	 */
	public String source() {
		return this.source;
	}

	/**
	 * Refuses the pack, as a broken one, when it leaves a purpose the catalogue declares
	 * without an activity: data would be kept for a purpose the policy does not state.
	 */
	public void checkServes(Set<String> declared) {
		PackReader.checkServes(this.location, this.source, this.pack, declared);
	}

	/** Reads a shipped pack by name. */
	public static PolicyPack shipped(String name) {
		return PackReader.read("policies/" + name + ".yaml", shippedSource(name));
	}

	private static String shippedSource(String name) {
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
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static String ownSource(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException unreadable) {
			throw new InvalidPolicyPack(List.of(new PackProblem(file.toString(), 1, "-",
					"cannot be read: " + unreadable.getClass().getSimpleName())));
		}
	}

}
