package org.tutela.members.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.members.application.MembershipStore.EndedRecord;
import org.tutela.people.Organisations;
import org.tutela.personaldata.MembershipEnded;
import org.tutela.personaldata.PersonId;

/**
 * Ends the memberships whose last day has passed (CES-4): staff give the last day, which
 * may lie ahead; once it has passed and no other member record of the organisation runs,
 * the organisation becomes a former member and {@link MembershipEnded} is announced, in
 * one transaction, naming the contacts of the records that ended. Each record is claimed
 * before it is announced, so that an end is announced once whichever node runs the job
 * and however often.
 */
@Component
public class MembershipEnds {

	private static final Logger log = LoggerFactory.getLogger(MembershipEnds.class);

	private final MembershipStore store;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MembershipEnds(MembershipStore store, Organisations organisations, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/** On the configured timer, on one node at a time. */
	@Scheduled(cron = "${tutela.members.end-cron}", zone = "${tutela.time-zone}")
	@SchedulerLock(name = "members-ends")
	void endRegularly() {
		endPassed();
	}

	/** Ends the memberships whose last day is before today; how many organisations. */
	@Transactional
	public int endPassed() {
		LocalDate today = LocalDate.now(this.clock);
		int ended = 0;
		for (UUID organisation : this.store.endsPassed(today)) {
			if (endIfPassed(organisation)) {
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Members: {} membership(s) ended and announced", ended);
		}
		return ended;
	}

	/**
	 * Ends the organisation's membership if its member records' last days are all before
	 * today and their end was not announced yet; whether this call ended it.
	 */
	@Transactional
	public boolean endIfPassed(UUID organisation) {
		LocalDate today = LocalDate.now(this.clock);
		if (this.store.runs(organisation, today)) {
			return false;
		}
		List<EndedRecord> ended = this.store.claimEnds(organisation, today);
		if (ended.isEmpty()) {
			return false;
		}
		LocalDate lastDay = ended.stream().map(EndedRecord::lastDay).max(Comparator.naturalOrder()).orElseThrow();
		this.organisations.membershipEnded(organisation, lastDay);
		List<PersonId> contacts = ended.stream().map(EndedRecord::person).filter(Objects::nonNull).distinct().toList();
		this.events.publishEvent(new MembershipEnded(organisation, lastDay, contacts));
		return true;
	}

}
