package org.tutela.outreach.send;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Session;
import org.tutela.catalog.SessionFilter;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.Registrations;
import org.tutela.personaldata.PersonId;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Register;

/**
 * Fills {@code {{courses}}} in a campaign with the coming sessions, one per course. Where
 * the pack has a suggestions activity and the purpose guard allows it for the recipient,
 * courses they already followed are left out (SKI-7); after an objection to that
 * profiling (CES-3) they get the same list as everyone.
 */
@Component
class CourseSuggestions {

	static final String PLACEHOLDER = "{{courses}}";

	private static final int SHOWN = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

	private final Sessions sessions;

	private final Registrations registrations;

	private final PurposeGuard guard;

	private final Register register;

	private final String baseUrl;

	CourseSuggestions(Sessions sessions, Registrations registrations, PurposeGuard guard, Register register,
			@Value("${tutela.base-url}") String baseUrl) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.guard = guard;
		this.register = register;
		this.baseUrl = baseUrl;
	}

	/**
	 * The body with the suggestions for this recipient, or as written when it asks for
	 * none.
	 */
	String fill(String body, PersonId person, Locale locale) {
		if (!body.contains(PLACEHOLDER)) {
			return body;
		}
		return body.replace(PLACEHOLDER, list(followedIfAllowed(person), locale));
	}

	/**
	 * The same list for everyone: a test message shows what a recipient without history
	 * gets.
	 */
	String fillGeneric(String body, Locale locale) {
		return body.contains(PLACEHOLDER) ? body.replace(PLACEHOLDER, list(Set.of(), locale)) : body;
	}

	private Set<UUID> followedIfAllowed(PersonId person) {
		String activity = this.register.pack().training().suggestions();
		if (activity == null || !this.guard.check(person, activity).allowed()) {
			return Set.of();
		}
		return this.registrations.followedCourses(person);
	}

	private String list(Set<UUID> skipped, Locale locale) {
		Map<UUID, Session> first = new LinkedHashMap<>();
		for (Session session : this.sessions.calendar(SessionFilter.ALL)) {
			UUID course = session.course().id().value();
			if (!skipped.contains(course) && first.size() < SHOWN) {
				first.putIfAbsent(course, session);
			}
		}
		StringBuilder list = new StringBuilder();
		first.values()
			.forEach(session -> list.append("- ")
				.append(session.course().title(locale))
				.append(", ")
				.append(DAY.format(session.firstDay()))
				.append(": ")
				.append(this.baseUrl)
				.append("/sessions/")
				.append(session.id())
				.append('\n'));
		return list.toString().stripTrailing();
	}

}
