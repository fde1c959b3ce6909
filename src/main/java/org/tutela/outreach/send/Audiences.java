package org.tutela.outreach.send;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.personaldata.PersonId;
import org.tutela.register.Activity;
import org.tutela.register.LegalBasis;
import org.tutela.register.Register;

/**
 * Who a mail to a list goes to, computed when it is sent: persons active on the list,
 * with an e-mail address, whose processing is not restricted and, for marketing, whose
 * current choice for the list's activity allows it: consent given and confirmed where the
 * basis is consent, no objection or withdrawal where it is legitimate interest.
 * Information the law requires goes to every active member of its list (CES-2).
 *
 * <p>
 * The audience is one set-based query over the subscriptions, the consent module's
 * current choices and the people module's persons, read only, so that a million persons
 * take one pass.
 */
@Component
public class Audiences {

	private static final String BASE = "SELECT s.person_id FROM outreach_subscription s "
			+ "JOIN people_person p ON p.id = s.person_id AND p.restricted = FALSE "
			+ "LEFT JOIN consent_current c ON c.person_id = s.person_id AND c.purpose = :activity "
			+ "WHERE s.list_id = :list AND s.status = 'ACTIVE' "
			+ "AND EXISTS (SELECT 1 FROM people_contact_point e WHERE e.person_id = s.person_id AND e.kind = 'EMAIL')";

	private final JdbcClient jdbc;

	private final Register register;

	Audiences(JdbcClient jdbc, Register register) {
		this.jdbc = jdbc;
		this.register = register;
	}

	/** The recipients, in a stable order. */
	public List<PersonId> of(MailingList list) {
		return this.jdbc.sql(BASE + choice(list) + " ORDER BY s.person_id")
			.param("list", list.id())
			.param("activity", list.activity())
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::of)
			.toList();
	}

	/** How many the list reaches now: what a campaign to it would be sent to. */
	public int count(MailingList list) {
		return this.jdbc.sql("SELECT COUNT(*) FROM (" + BASE + choice(list) + ") audience")
			.param("list", list.id())
			.param("activity", list.activity())
			.query(Integer.class)
			.single();
	}

	public boolean includes(MailingList list, PersonId person) {
		return !this.jdbc.sql(BASE + choice(list) + " AND s.person_id = :person")
			.param("list", list.id())
			.param("activity", list.activity())
			.param("person", person.value())
			.query(UUID.class)
			.list()
			.isEmpty();
	}

	/**
	 * Copies the audience into the outbox as queued messages of the campaign; returns how
	 * many.
	 */
	public int queue(MailingList list, UUID campaign) {
		return this.jdbc
			.sql("INSERT INTO outreach_message (campaign_id, person_id, status) SELECT :campaign, person_id, "
					+ "'QUEUED' FROM (" + BASE + choice(list) + ") audience")
			.param("campaign", campaign)
			.param("list", list.id())
			.param("activity", list.activity())
			.update();
	}

	private String choice(MailingList list) {
		if (list.category() == ListCategory.LEGAL) {
			return "";
		}
		LegalBasis basis = this.register.pack().activity(list.activity()).map(Activity::basis).orElse(null);
		if (basis == LegalBasis.CONSENT) {
			return " AND c.kind = 'GIVEN'";
		}
		if (basis == LegalBasis.LEGITIMATE_INTERESTS) {
			return " AND (c.kind IS NULL OR c.kind NOT IN ('WITHDRAWN', 'OBJECTED'))";
		}
		// The pack no longer names the activity, or gives it a basis marketing cannot
		// rest on: nobody.
		return " AND 1 = 0";
	}

}
