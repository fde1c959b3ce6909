package org.tutela.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.tutela.audit.trail.Entries;
import org.tutela.audit.trail.Entry;
import org.tutela.platform.crypto.KeyedHash;

/**
 * The one way modules record who did what with whose personal data (ALL-2). An entry
 * joins the caller's transaction, so it exists exactly when the work it records does, and
 * costs one insert: linking it into the hash chain happens shortly after, outside that
 * transaction.
 */
@Service
public class AuditTrail {

	/** The domain of the keyed hash that names persons in the trail. */
	static final String PERSON_DOMAIN = "audit.person";

	private static final String NOBODY = "anonymous";

	private final Entries entries;

	private final KeyedHash keyedHash;

	private final Clock clock;

	AuditTrail(Entries entries, KeyedHash keyedHash, Clock clock) {
		this.entries = entries;
		this.keyedHash = keyedHash;
		this.clock = clock;
	}

	/** Records an event done by whoever is signed in on this thread. */
	public void record(AuditEvent event) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = current != null && current.isAuthenticated() && !"anonymousUser".equals(current.getName());
		record(signedIn ? current.getName() : NOBODY, signedIn ? roles(current) : "", event);
	}

	/**
	 * Records an event for an actor named explicitly, such as a sign-in that was refused.
	 */
	public void record(String actor, String roles, AuditEvent event) {
		this.entries.insert(Entry.unsealed(this.clock.instant().truncatedTo(ChronoUnit.MICROS), actor, roles,
				event.action().name(), pseudonym(event), event.purpose(),
				event.fields().isEmpty() ? null : String.join(",", new TreeSet<>(event.fields())), MDC.get("requestId"),
				event.detail()));
	}

	private @Nullable String pseudonym(AuditEvent event) {
		UUID subject = event.person() != null ? event.person().value() : event.account();
		return subject == null ? null : this.keyedHash.hash(PERSON_DOMAIN, subject.toString());
	}

	private static String roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.sorted()
			.collect(Collectors.joining(","));
	}

}
