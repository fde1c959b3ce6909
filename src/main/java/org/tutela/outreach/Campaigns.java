package org.tutela.outreach;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.outreach.list.ListStore;
import org.tutela.outreach.send.Audiences;
import org.tutela.outreach.send.CampaignStore;
import org.tutela.outreach.send.TestMessages;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Campaigns: composed per language, sent to the audience of their list as it is at the
 * moment of sending (consents, objections, restrictions, unsubscriptions), through the
 * outbox, with the progress of every message; a test message first, to staff.
 */
@Service
public class Campaigns {

	private final CampaignStore store;

	private final ListStore lists;

	private final Audiences audiences;

	private final TestMessages tests;

	private final Clock clock;

	Campaigns(CampaignStore store, ListStore lists, Audiences audiences, TestMessages tests, Clock clock) {
		this.store = store;
		this.lists = lists;
		this.audiences = audiences;
		this.tests = tests;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public Campaign create(NewCampaign campaign) {
		List<FieldError> errors = new ArrayList<>();
		MailingList list = campaign.list() == null ? null : this.lists.byCode(campaign.list()).orElse(null);
		if (list == null) {
			errors.add(new FieldError("list", campaign.list() == null ? "required" : "campaign.list"));
		}
		List<Variant> variants = campaign.variants() == null ? List.of() : campaign.variants();
		if (variants.isEmpty()) {
			errors.add(new FieldError("variants", "required"));
		}
		Set<String> languages = new HashSet<>();
		for (int i = 0; i < variants.size(); i++) {
			Variant variant = variants.get(i);
			if (variant.language() == null || !Set.of("nl", "fr", "en", "de").contains(variant.language())
					|| !languages.add(variant.language())) {
				errors.add(new FieldError("variants[" + i + "].language", "campaign.language"));
			}
			if (variant.subject() == null || variant.subject().isBlank() || variant.subject().length() > 200) {
				errors.add(new FieldError("variants[" + i + "].subject", "required"));
			}
			if (variant.body() == null || variant.body().isBlank() || variant.body().length() > 20_000) {
				errors.add(new FieldError("variants[" + i + "].body", "required"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		UUID id = UUID.randomUUID();
		this.store.insert(id, list.id(), variants, SecurityContextHolder.getContext().getAuthentication().getName(),
				this.clock.instant());
		return get(id);
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional(readOnly = true)
	public Campaign get(UUID id) {
		return this.store.find(id).orElseThrow(() -> new CampaignNotFound(id));
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional(readOnly = true)
	public List<Campaign> recent() {
		return this.store.recent(20);
	}

	/** How many the campaign would reach if it were sent now. */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional(readOnly = true)
	public int reach(UUID id) {
		return this.audiences.count(this.lists.byCode(get(id).list()).orElseThrow());
	}

	/**
	 * Queues one message per person in the list's audience now; the outbox sends them.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public Campaign send(UUID id) {
		Campaign campaign = get(id);
		if (!this.store.startSending(id, this.clock.instant())) {
			throw new CampaignNotDraft(id);
		}
		this.audiences.queue(this.lists.byCode(campaign.list()).orElseThrow(), id);
		// An empty audience is sent at once.
		this.store.closeFinished();
		return get(id);
	}

	/**
	 * Sends every variant to the given address, marked as a test; nothing is recorded for
	 * anyone.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional(readOnly = true)
	public void test(UUID id, String email) {
		Campaign campaign = get(id);
		this.tests.send(this.lists.byCode(campaign.list()).orElseThrow(), campaign.variants(), email);
	}

}
