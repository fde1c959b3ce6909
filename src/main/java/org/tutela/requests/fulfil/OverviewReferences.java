package org.tutela.requests.fulfil;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.consent.ConsentLedger;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.register.Activity;
import org.tutela.register.Register;

/**
 * What a column that points at something else stands for, in the words a person knows it
 * by: an organisation by its name, a session by its course and days, a consent text by
 * its version and words, a registrant by their name, a purpose or activity by the pack's
 * purpose. Each is asked of the module that owns it, through its API, never from its
 * tables.
 */
@Component
class OverviewReferences {

	private final Map<String, BiFunction<String, Locale, Optional<String>>> byColumn;

	private final MessageSource messages;

	OverviewReferences(Organisations organisations, Sessions sessions, ConsentLedger ledger, MailAddresses addresses,
			Register register, MessageSource messages) {
		this.messages = messages;
		this.byColumn = Map.of("organisation_id", (id, locale) -> organisations.name(UUID.fromString(id)),
				"registrant_id",
				(id, locale) -> addresses.of(PersonId.of(UUID.fromString(id))).map(Addressee::fullName), "session_id",
				(id, locale) -> Optional.of(session(sessions.get(UUID.fromString(id)), locale)), "wording_id",
				(id, locale) -> ledger.wording(UUID.fromString(id))
					.map(wording -> this.messages.getMessage("personal-data.value.wording",
							new Object[] { wording.version(), wording.text() }, locale)),
				"purpose",
				(purpose, locale) -> Optional.of(purposes(register.pack().activitiesServing(purpose), purpose, locale)),
				"activity", (activity, locale) -> Optional
					.of(purposes(register.pack().activity(activity).stream().toList(), activity, locale)));
	}

	boolean names(String column) {
		return this.byColumn.containsKey(column);
	}

	/**
	 * What the value stands for; empty when it points at nothing any more, as a bare id
	 * says nothing.
	 */
	Optional<String> name(String column, String value, Locale locale) {
		return this.byColumn.get(column).apply(value, locale);
	}

	private String session(Session session, Locale locale) {
		DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		String course = session.course().title(locale);
		return session.firstDay().equals(session.lastDay())
				? this.messages.getMessage("personal-data.value.session",
						new Object[] { course, days.format(session.firstDay()) }, locale)
				: this.messages.getMessage("personal-data.value.session.days",
						new Object[] { course, days.format(session.firstDay()), days.format(session.lastDay()) },
						locale);
	}

	/**
	 * A purpose the pack no longer knows (the pack changed since) stays as recorded
	 * rather than vanish.
	 */
	private static String purposes(List<Activity> activities, String recorded, Locale locale) {
		return activities.isEmpty() ? recorded
				: activities.stream().map(activity -> activity.purpose().in(locale)).collect(Collectors.joining("; "));
	}

}
