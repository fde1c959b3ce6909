package org.tutela.inquiries.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonRows;
import org.tutela.personaldata.RetentionAction;

/**
 * Contact messages and information requests as the retention engine reaches them: by the
 * day they arrived ({@code collection}) or the day staff closed them
 * ({@code request closed}); an open message has not reached a "request closed" rule. They
 * leave by deletion, with their replies.
 */
@Component
class ExpiringInquiries implements ExpiringRecords {

	private static final Kind KIND = new Kind("inquiries", "contact messages and information requests",
			Set.of(InquiriesPersonalData.PURPOSE), Set.of(Anchor.COLLECTION, Anchor.REQUEST_CLOSED),
			Set.of(RetentionAction.DELETE));

	private final PersonRows rows;

	ExpiringInquiries(JdbcClient jdbc) {
		this.rows = new PersonRows(jdbc, "inquiries_message");
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return this.rows.due((event == Anchor.REQUEST_CLOSED ? "closed_on" : "received_on") + " <= :cutoff", cutoff,
				null, after, limit);
	}

	/**
	 * The form registered the sender it could not find: they go with their last message,
	 * unless something else keeps them.
	 */
	@Override
	public boolean leaveTheirPersons() {
		return true;
	}

	@Override
	public int apply(RetentionAction action, List<String> keys) {
		return this.rows.apply(action, keys);
	}

	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		return this.rows.naming(persons);
	}

}
