package org.tutela.outreach.send;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.list.ListStore;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.platform.mail.MailDelivery;

/**
 * Works through the outbox at a limited pace ({@code tutela.outreach.per-minute}, default
 * 600). Each recipient is checked again just before their message goes, so a choice made
 * after the campaign was queued still counts: whoever left the audience is skipped. A
 * failed message is tried again after five minutes, three times in all; one a stopped
 * node had taken goes back to the queue after ten (it may then reach its recipient twice,
 * rather than never).
 */
@Component
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	/**
	 * A message taken this long ago and never settled was lost with the node that took
	 * it.
	 */
	static final Duration STUCK = Duration.ofMinutes(10);

	/**
	 * A failed message is tried again after this long, until its attempts are used up.
	 */
	static final Duration RETRY_AFTER = Duration.ofMinutes(5);

	private final CampaignStore store;

	private final ListStore lists;

	private final Audiences audiences;

	private final MailAddresses addresses;

	private final MessageComposer composer;

	private final MailDelivery mail;

	private final Clock clock;

	private final int perRound;

	Outbox(CampaignStore store, ListStore lists, Audiences audiences, MailAddresses addresses, MessageComposer composer,
			MailDelivery mail, Clock clock, @Value("${tutela.outreach.per-minute:600}") int perMinute) {
		this.store = store;
		this.lists = lists;
		this.audiences = audiences;
		this.addresses = addresses;
		this.composer = composer;
		this.mail = mail;
		this.clock = clock;
		// The sender runs every second.
		this.perRound = Math.max(1, perMinute / 60);
	}

	@Scheduled(fixedDelay = 1000)
	@SchedulerLock(name = "campaign-outbox")
	public void sendDue() {
		List<CampaignStore.Claimed> due = this.store.claim(this.perRound, this.clock.instant());
		Map<UUID, Optional<Sending>> campaigns = new HashMap<>();
		for (CampaignStore.Claimed message : due) {
			Optional<Sending> sending = campaigns.computeIfAbsent(message.campaign(), this::sending);
			Optional<Addressee> to = this.addresses.of(message.person());
			if (sending.isEmpty() || to.isEmpty() || !this.audiences.includes(sending.get().list(), message.person())) {
				this.store.finish(message.seq(), "SKIPPED", null, this.clock.instant());
				continue;
			}
			try {
				CampaignStore.Content content = sending.get().content();
				this.mail.send(this.composer.compose(sending.get().list(), content.id(), content.variants(), to.get()));
				this.store.finish(message.seq(), "SENT", null, this.clock.instant());
			}
			catch (RuntimeException failed) {
				// The exception's message may quote the address: only its kind is kept.
				log.warn("A campaign message could not be sent: {}", failed.getClass().getName());
				this.store.finish(message.seq(), "FAILED", failed.getClass().getSimpleName(), this.clock.instant());
			}
		}
		if (!due.isEmpty()) {
			this.store.closeFinished();
		}
	}

	/**
	 * Once a minute: what a stopped node had taken, and what failed and may be tried
	 * again, back to the queue.
	 */
	@Scheduled(fixedDelay = 60_000)
	@SchedulerLock(name = "campaign-outbox-recovery")
	public void recover() {
		Instant now = this.clock.instant();
		if (this.store.requeue(now.minus(STUCK), now.minus(RETRY_AFTER)) > 0) {
			this.store.closeFinished();
		}
	}

	/** A campaign's list and texts, read once per round for all its messages. */
	private Optional<Sending> sending(UUID campaign) {
		return this.store.content(campaign)
			.flatMap(content -> this.lists.byId(content.list()).map(list -> new Sending(list, content)));
	}

	private record Sending(MailingList list, CampaignStore.Content content) {
	}

}
