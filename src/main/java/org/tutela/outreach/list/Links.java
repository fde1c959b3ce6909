package org.tutela.outreach.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.platform.KeyedHash;

/**
 * The links in every mail that work without signing in (SKI-5, MEZ-12): to unsubscribe from a
 * list and to open the preference centre. Each carries what it is for and a keyed signature, so
 * it cannot be made up for someone else; it does not expire, as old mails must keep working.
 */
@Component
public class Links {

	private static final String UNSUBSCRIBE = "u";

	private static final String PREFERENCES = "p";

	private final KeyedHash keyedHash;

	private final String baseUrl;

	Links(KeyedHash keyedHash, @Value("${tutela.base-url}") String baseUrl) {
		this.keyedHash = keyedHash;
		this.baseUrl = baseUrl;
	}

	public String unsubscribe(UUID list, UUID person) {
		return this.baseUrl + "/unsubscribe/" + sign(UNSUBSCRIBE + "." + list + "." + person);
	}

	public String preferences(UUID person) {
		return this.baseUrl + "/preferences/" + sign(PREFERENCES + "." + person);
	}

	/** The list and person of a genuine unsubscribe token. */
	public Optional<Subscription> readUnsubscribe(String token) {
		return verified(token).filter(parts -> parts.length == 3 && parts[0].equals(UNSUBSCRIBE))
			.flatMap(parts -> uuid(parts[1]).flatMap(list -> uuid(parts[2])
				.map(person -> new Subscription(list, person, Subscription.Status.ACTIVE))));
	}

	/** The person of a genuine preference-centre token. */
	public Optional<UUID> readPreferences(String token) {
		return verified(token).filter(parts -> parts.length == 2 && parts[0].equals(PREFERENCES))
			.flatMap(parts -> uuid(parts[1]));
	}

	private String sign(String payload) {
		return payload + "." + this.keyedHash.hash("outreach.link", payload);
	}

	private Optional<String[]> verified(String token) {
		int dot = token.lastIndexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String payload = token.substring(0, dot);
		byte[] expected = this.keyedHash.hash("outreach.link", payload).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(payload.split("\\.")) : Optional.empty();
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notOne) {
			return Optional.empty();
		}
	}

}
