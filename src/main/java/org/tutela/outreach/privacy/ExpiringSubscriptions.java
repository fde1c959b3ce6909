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
import org.tutela.personaldata.RetentionAction;
import org.tutela.outreach.list.Subscriptions;

/**
 * Subscriptions as the retention engine reaches them, under the activity of their list.
 * Their last contact is the latest of the request, the confirmation, the end and a click
 * on one of the list's messages; a withdrawal is the day the person unsubscribed, or
 * withdrew their consent or objected in the consent ledger (in the preferences, or by a
 * request). Deleting one removes it with the person's messages and clicks of that list;
 * the suppression of an unsubscribed address stays, so no import brings it back.
 */
@Component
class ExpiringSubscriptions implements ExpiringRecords {

	private static final String LAST_CONTACT = """
			greatest(s.requested_at, coalesce(s.confirmed_at, s.requested_at), coalesce(s.ended_at, s.requested_at),
				coalesce((select max(c.clicked_at) from outreach_click c join outreach_campaign k on k.id = c.campaign_id
					where c.person_id = s.person_id and k.list_id = s.list_id), s.requested_at))""";

	/**
	 * Unsubscribed from the list, or consent withdrawn or objected to for its activity,
	 * however it was recorded.
	 */
	private static final String WITHDRAWN = """
			((s.end_reason = 'UNSUBSCRIBED' and s.ended_at < :before)
				or exists (select 1 from consent_current c where c.person_id = s.person_id and c.purpose = l.activity
					and c.kind in ('WITHDRAWN', 'OBJECTED') and c.occurred_at < :before))""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ExpiringSubscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The purposes are the activities the mailing lists serve. */
	@Override
	public Kind kind() {
		return new Kind("outreach", "subscriptions",
				Set.copyOf(this.jdbc.sql("select distinct activity from outreach_list").query(String.class).list()),
				Set.of(Anchor.LAST_CONTACT, Anchor.WITHDRAWAL_OR_OBJECTION), Set.of(RetentionAction.DELETE));
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		String when = event == Anchor.LAST_CONTACT ? LAST_CONTACT + " < :before" : WITHDRAWN;
		String[] cursor = after == null ? new String[] { null, null } : after.split("/");
		return this.jdbc
			.sql("select s.list_id, s.person_id from outreach_subscription s join outreach_list l on l.id = s.list_id"
					+ " where l.activity = :activity and " + when
					+ (after == null ? "" : " and (s.list_id > :list or (s.list_id = :list and s.person_id > :person))")
					+ " order by s.list_id, s.person_id limit :limit")
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
			String ofList = " where person_id = :person and campaign_id in (select id from outreach_campaign where list_id = :list)";
			this.jdbc.sql("delete from outreach_click" + ofList).param("person", person).param("list", list).update();
			this.jdbc.sql("delete from outreach_message" + ofList).param("person", person).param("list", list).update();
			deleted += this.jdbc.sql("delete from outreach_subscription where list_id = :list and person_id = :person")
				.param("person", person)
				.param("list", list)
				.update();
		}
		return deleted;
	}

	/** A subscription, ended or not, names its person until it is deleted. */
	@Override
	public List<Due> naming(Collection<UUID> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select list_id, person_id from outreach_subscription where person_id in (:persons)")
			.param("persons", persons)
			.query((row, number) -> Due.of(row.getString("list_id") + "/" + row.getString("person_id"),
					row.getObject("person_id", UUID.class)))
			.list();
	}

}
