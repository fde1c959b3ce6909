package org.tutela.incidents.notice;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.incidents.BreachNotice;
import org.tutela.incidents.notice.AffectedPersonStore.Queued;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;

/**
 * Tells the queued persons of a breach at a limited pace
 * ({@code tutela.incidents.notices-per-minute}, default 600), walking each started
 * sending along the key from the last person reached, each person in their own
 * transaction: the person is marked told, with the moment, and their notice queued in the
 * mail outbox together, so that a person is recorded as told exactly when their mail is
 * on its way, and only once. Whoever has no address by then (erased, say) is marked so
 * and not mailed. The log counts, never names.
 */
@Component
class NoticeSender {

	private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);

	private final AffectedPersonStore store;

	private final MailAddresses addresses;

	private final MailOutbox outbox;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int perRound;

	NoticeSender(AffectedPersonStore store, MailAddresses addresses, MailOutbox outbox,
			TransactionTemplate transactions, Clock clock,
			@Value("${tutela.incidents.notices-per-minute:600}") int perMinute) {
		this.store = store;
		this.addresses = addresses;
		this.outbox = outbox;
		this.transactions = transactions;
		this.clock = clock;
		// The sender runs every second.
		this.perRound = Math.max(1, perMinute / 60);
	}

	@Scheduled(fixedDelay = 1000, initialDelay = 1000)
	@SchedulerLock(name = "breach-notices")
	public void sendDue() {
		int left = this.perRound;
		int failed = 0;
		for (AffectedPersonStore.Sending sending : this.store.sendings()) {
			if (left == 0) {
				break;
			}
			List<Queued> due = this.store.queued(sending, left);
			Map<String, BreachNotice> notices = due.isEmpty() ? Map.of() : this.store.notices(sending.breach());
			for (Queued person : due) {
				try {
					this.transactions.executeWithoutResult(status -> tell(person, notices.get(person.language())));
				}
				catch (RuntimeException refused) {
					failed++;
					this.transactions
						.executeWithoutResult(status -> this.store.settle(person, "FAILED", this.clock.instant()));
				}
			}
			left -= due.size();
			this.store.reached(sending, due.isEmpty() ? null : due.get(due.size() - 1).person());
		}
		if (failed > 0) {
			log.warn("Breach notices: {} could not be queued", failed);
		}
	}

	private void tell(Queued person, BreachNotice notice) {
		Optional<Addressee> to = this.addresses.of(person.person());
		if (notice == null || to.isEmpty()) {
			this.store.settle(person, notice == null ? "FAILED" : "NO_ADDRESS", this.clock.instant());
			return;
		}
		if (this.store.settle(person, "TOLD", this.clock.instant())) {
			this.outbox.queue(new OutgoingMail(to.get().email(), notice.subject(), notice.body()));
		}
	}

}
