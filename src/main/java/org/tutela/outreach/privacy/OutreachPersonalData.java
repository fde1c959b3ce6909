package org.tutela.outreach.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.outreach.send.CampaignStore;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.RetentionAction;
import org.tutela.outreach.list.Subscriptions;
import org.tutela.outreach.list.Suppressions;

/**
 * The outreach module's part of the catalogue: lists a person is on and the messages sent
 * to them. Erasing a person suppresses their address first, so no import brings it back,
 * then deletes each of their subscriptions as the retention rule does, with the messages
 * and clicks of its list; messages go only to a list's subscribers, so none is left.
 */
@Component
class OutreachPersonalData implements PersonalDataProvider {

	private static final DeclaredTable SUBSCRIPTIONS = DeclaredTable
		.about(DataSubject.PERSON, "outreach_subscription", "person_id")
		.plain("list_id", "person_id", "confirm_token_hash")
		.column("status", DataCategory.PROVENANCE, "marketing")
		.column("requested_at", DataCategory.PROVENANCE, "marketing")
		.column("confirmed_at", DataCategory.PROVENANCE, "marketing")
		.column("ended_at", DataCategory.PROVENANCE, "marketing")
		.column("end_reason", DataCategory.PROVENANCE, "marketing")
		.build();

	private static final DeclaredTable MESSAGES = DeclaredTable
		.about(DataSubject.PERSON, "outreach_message", "person_id")
		.plain("seq", "campaign_id", "person_id", "claimed_at", "attempts")
		.column("status", DataCategory.PROVENANCE, "marketing")
		.column("sent_at", DataCategory.PROVENANCE, "marketing")
		.column("failure", DataCategory.PROVENANCE, "marketing")
		.build();

	private static final DeclaredTable CLICKS = DeclaredTable.about(DataSubject.PERSON, "outreach_click", "person_id")
		.plain("seq", "campaign_id", "person_id")
		.column("url", DataCategory.CONNECTION, "marketing")
		.column("clicked_at", DataCategory.CONNECTION, "marketing")
		.column("followed_up_at", DataCategory.PROVENANCE, "marketing")
		.column("followed_up_by", DataCategory.ACCOUNT, "accountability")
		.build();

	private static final List<DeclaredTable> OTHERS = List.of(
			DeclaredTable.withoutPersonalData("outreach_list")
				.plain("id", "code", "name", "activity", "category", "created_at")
				.build(),
			DeclaredTable.withoutPersonalData("outreach_suppression")
				.plain("list_id", "reason", "suppressed_at")
				.column("address_hash", DataCategory.PSEUDONYM, "suppression")
				.build(),
			DeclaredTable.about(DataSubject.STAFF, "outreach_campaign", null)
				.plain("id", "list_id", "status", "created_at", "queued_at")
				.column("created_by", DataCategory.ACCOUNT, "accountability")
				.build(),
			DeclaredTable.withoutPersonalData("outreach_campaign_variant")
				.plain("campaign_id", "language", "subject", "body")
				.build());

	private final Subscriptions subscriptions;

	private final CampaignStore campaigns;

	private final Suppressions suppressions;

	private final MailAddresses addresses;

	private final ExpiringSubscriptions expiring;

	private final Clock clock;

	OutreachPersonalData(Subscriptions subscriptions, CampaignStore campaigns, Suppressions suppressions,
			MailAddresses addresses, ExpiringSubscriptions expiring, Clock clock) {
		this.subscriptions = subscriptions;
		this.campaigns = campaigns;
		this.suppressions = suppressions;
		this.addresses = addresses;
		this.expiring = expiring;
		this.clock = clock;
	}

	@Override
	public String module() {
		return "outreach";
	}

	@Override
	public List<DeclaredTable> tables() {
		List<DeclaredTable> tables = new ArrayList<>(List.of(SUBSCRIPTIONS, MESSAGES, CLICKS));
		tables.addAll(OTHERS);
		return tables;
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		List<PersonalRecord> records = new ArrayList<>();
		this.subscriptions.rows(person).forEach(row -> records.add(SUBSCRIPTIONS.record("subscription", row)));
		this.campaigns.messageRows(person).forEach(row -> records.add(MESSAGES.record("message", row)));
		this.campaigns.clickRows(person).forEach(row -> records.add(CLICKS.record("click", row)));
		return records;
	}

	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.addresses.of(person)
			.ifPresent(to -> this.suppressions.add(to.email(), null, Suppressions.Reason.ERASED, this.clock.instant()));
		this.expiring.apply(RetentionAction.DELETE,
				this.subscriptions.ofPerson(person)
					.stream()
					.map(subscription -> ExpiringSubscriptions.key(subscription.list(), person.value()))
					.toList());
		this.campaigns.deleteMessages(person);
	}

	/** A restricted person is left out of every audience; nothing to mark here. */
	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Audiences read the restriction from the person.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.subscriptions.reassign(from, into);
		this.campaigns.reassignMessages(from, into);
	}

}
