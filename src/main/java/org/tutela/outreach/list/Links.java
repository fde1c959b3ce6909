package org.tutela.outreach.list;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.KeyedHash;

/**
 * The links in every mail that work without signing in (SKI-5, MEZ-12): to unsubscribe
 * from a list and to open the preference centre. Each carries what it is for and a keyed
 * signature, so it cannot be made up for someone else; it does not expire, as old mails
 * must keep working.
 */
@Component
public class Links {

	private static final String UNSUBSCRIBE = "u";

	private static final String PREFERENCES = "p";

	private static final String CLICK = "c";

	/**
	 * A link in a campaign message that records the click before it leads on: campaign,
	 * person, language, position.
	 */
	public record Click(UUID campaign, PersonId person, String language, int position) {
	}

	private final KeyedHash keyedHash;

	private final String baseUrl;

	Links(KeyedHash keyedHash, @Value("${tutela.base-url}") String baseUrl) {
		this.keyedHash = keyedHash;
		this.baseUrl = baseUrl;
	}

	public String unsubscribe(UUID list, PersonId person) {
		return this.baseUrl + "/unsubscribe/" + sign(UNSUBSCRIBE + "." + list + "." + person);
	}

	public String preferences(PersonId person) {
		return this.baseUrl + "/preferences/" + sign(PREFERENCES + "." + person);
	}

	public String click(Click click) {
		return this.baseUrl + "/r/" + sign(CLICK + "." + click.campaign() + "." + click.person() + "."
				+ click.language() + "." + click.position());
	}

	public Optional<Click> readClick(String token) {
		return verified(token)
			.filter(parts -> parts.length == 5 && parts[0].equals(CLICK) && parts[4].matches("\\d{1,4}"))
			.flatMap(parts -> uuid(parts[1]).flatMap(campaign -> uuid(parts[2])
				.map(person -> new Click(campaign, PersonId.of(person), parts[3], Integer.parseInt(parts[4])))));
	}

	/** The list and person of a genuine unsubscribe token. */
	public Optional<Subscription> readUnsubscribe(String token) {
		return verified(token).filter(parts -> parts.length == 3 && parts[0].equals(UNSUBSCRIBE))
			.flatMap(parts -> uuid(parts[1]).flatMap(list -> uuid(parts[2])
				.map(person -> new Subscription(list, PersonId.of(person), Subscription.Status.ACTIVE))));
	}

	/** The person of a genuine preference-centre token. */
	public Optional<PersonId> readPreferences(String token) {
		return verified(token).filter(parts -> parts.length == 2 && parts[0].equals(PREFERENCES))
			.flatMap(parts -> uuid(parts[1]))
			.map(PersonId::of);
	}

	private String sign(String payload) {
		return payload + "." + this.keyedHash.hash("outreach.link", payload);
	}

	private Optional<String[]> verified(String link) {
		// A mail client that makes links of plain text may take a sentence's full stop
		// along.
		String token = link.replaceAll("\\.+$", "");
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
