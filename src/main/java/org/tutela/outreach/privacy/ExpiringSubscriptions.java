package org.tutela.outreach.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;
import org.tutela.outreach.list.Subscriptions;
import org.tutela.outreach.list.Suppressions;
import org.tutela.people.MailAddresses;

/**
 * Subscriptions as the retention engine reaches them, under the activity of their list.
 * Their last contact is the latest of the request, the confirmation, the end and a click
 * on one of the list's messages; a withdrawal is the day the person unsubscribed, or
 * withdrew their consent or objected in the consent ledger (in the preferences, or by a
 * request); the end of membership is the end of a place on the members' legal lists,
 * which ends with the membership (CES-9). Deleting one removes it with the person's
 * messages and clicks of that list; the suppression of an unsubscribed address stays, so
 * no import brings it back.
 */
@Component
class ExpiringSubscriptions implements ExpiringRecords {

	private static final String LAST_CONTACT = """
			GREATEST(s.requested_at, COALESCE(s.confirmed_at, s.requested_at), COALESCE(s.ended_at, s.requested_at),
				COALESCE((SELECT MAX(c.clicked_at) FROM outreach_click c JOIN outreach_campaign k ON k.id = c.campaign_id
					WHERE c.person_id = s.person_id AND k.list_id = s.list_id), s.requested_at))""";

	/**
	 * Unsubscribed from the list, or consent withdrawn or objected to for its activity,
	 * however it was recorded.
	 */
	private static final String WITHDRAWN = """
			((s.end_reason = 'UNSUBSCRIBED' AND s.ended_at < :before)
				OR EXISTS (SELECT 1 FROM consent_current c WHERE c.person_id = s.person_id AND c.purpose = l.activity
					AND c.kind IN ('WITHDRAWN', 'OBJECTED') AND c.occurred_at < :before))""";

	/**
	 * A place on a legal list that ended with the membership that gave it, at the first
	 * moment after the membership's last day: due once that day is on or before the
	 * cutoff, the same day as the member record.
	 */
	private static final String MEMBERSHIP_ENDED = "(s.end_reason = 'MEMBERSHIP_ENDED' AND s.ended_at <= :before)";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MailAddresses addresses;

	private final Suppressions suppressions;

	ExpiringSubscriptions(JdbcClient jdbc, Clock clock, MailAddresses addresses, Suppressions suppressions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.addresses = addresses;
		this.suppressions = suppressions;
	}

	/** The purposes are the activities the mailing lists serve. */
	@Override
	public Kind kind() {
		return new Kind("outreach", "subscriptions",
				Set.copyOf(this.jdbc.sql("SELECT DISTINCT activity FROM outreach_list").query(String.class).list()),
				Set.of(Anchor.LAST_CONTACT, Anchor.WITHDRAWAL_OR_OBJECTION, Anchor.END_OF_MEMBERSHIP),
				Set.of(RetentionAction.DELETE));
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		String when = switch (event) {
			case LAST_CONTACT -> LAST_CONTACT + " < :before";
			case END_OF_MEMBERSHIP -> MEMBERSHIP_ENDED;
			default -> WITHDRAWN;
		};
		String[] cursor = after == null ? new String[] { null, null } : after.split("/");
		return this.jdbc
			.sql("SELECT s.list_id, s.person_id FROM outreach_subscription s JOIN outreach_list l ON l.id = s.list_id"
					+ " WHERE l.activity = :activity AND " + when
					+ (after == null ? "" : " AND (s.list_id > :list OR (s.list_id = :list AND s.person_id > :person))")
					+ " ORDER BY s.list_id, s.person_id LIMIT :limit")
			.param("activity", purpose)
			.param("before", cutoff.plusDays(1).atStartOfDay(this.clock.getZone()).toOffsetDateTime())
			.param("list", cursor[0] == null ? null : UUID.fromString(cursor[0]))
			.param("person", cursor[1] == null ? null : UUID.fromString(cursor[1]))
			.param("limit", limit)
			.query((row, number) -> {
				UUID person = row.getObject("person_id", UUID.class);
				return Due.of(key(row.getObject("list_id", UUID.class), person), person);
			})
			.list();
	}

	/** The key {@link #apply} takes for the person's subscription to the list. */
	static String key(UUID list, UUID person) {
		return list + "/" + person;
	}

	@Override
	public int apply(RetentionAction action, List<String> keys) {
		int deleted = 0;
		for (String key : keys) {
			String[] parts = key.split("/");
			UUID list = UUID.fromString(parts[0]);
			UUID person = UUID.fromString(parts[1]);
			if (withdrawn(list, person)) {
				this.addresses.of(PersonId.of(person))
					.filter(to -> !this.suppressions.suppressed(to.email(), list))
					.ifPresent(to -> this.suppressions.add(to.email(), list, Suppressions.Reason.WITHDRAWN,
							this.clock.instant()));
			}
			String ofList = " WHERE person_id = :person AND campaign_id IN (SELECT id FROM outreach_campaign WHERE list_id = :list)";
			this.jdbc.sql("DELETE FROM outreach_click" + ofList).param("person", person).param("list", list).update();
			this.jdbc.sql("DELETE FROM outreach_message" + ofList).param("person", person).param("list", list).update();
			deleted += this.jdbc.sql("DELETE FROM outreach_subscription WHERE list_id = :list AND person_id = :person")
				.param("person", person)
				.param("list", list)
				.update();
		}
		return deleted;
	}

	/**
	 * Whether the person's current choice for the list's activity is a withdrawal or an
	 * objection: then the address stays suppressed for the list when the subscription
	 * goes, so that no import adds it back once the person's own record is gone too.
	 */
	private boolean withdrawn(UUID list, UUID person) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM consent_current c JOIN outreach_list l ON l.activity = c.purpose
				WHERE l.id = :list AND c.person_id = :person AND c.kind IN ('WITHDRAWN', 'OBJECTED')""")
			.param("list", list)
			.param("person", person)
			.query(Long.class)
			.single() > 0;
	}

	/** A subscription, ended or not, names its person until it is deleted. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT list_id, person_id FROM outreach_subscription WHERE person_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("list_id") + "/" + row.getString("person_id"),
					row.getObject("person_id", UUID.class)))
			.list();
	}

}
