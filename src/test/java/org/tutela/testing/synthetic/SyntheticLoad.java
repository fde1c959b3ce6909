package org.tutela.testing.synthetic;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.people.organisation.OrganisationChecks;
import org.tutela.people.organisation.OrganisationStore;
import org.tutela.people.person.CheckedPerson;
import org.tutela.people.person.PersonChecks;
import org.tutela.people.person.PersonStore;

/**
 * Loads synthetic persons through the application's own checks and batched inserts (so their
 * identifiers are encrypted and indexed as real ones are), one transaction per batch.
 */
public final class SyntheticLoad {

	private static final int BATCH = 2_000;

	private final PersonChecks checks;

	private final PersonStore store;

	private final OrganisationChecks organisationChecks;

	private final OrganisationStore organisationStore;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public SyntheticLoad(ApplicationContext app) {
		this.checks = app.getBean(PersonChecks.class);
		this.store = app.getBean(PersonStore.class);
		this.organisationChecks = app.getBean(OrganisationChecks.class);
		this.organisationStore = app.getBean(OrganisationStore.class);
		this.transactions = app.getBean(TransactionTemplate.class);
		this.clock = app.getBean(Clock.class);
	}

	/** Loads organisations {@code from} (inclusive) to {@code to} (exclusive) of the seed, one transaction per batch. */
	public void loadOrganisations(SyntheticOrganisations organisations, long from, long to) {
		for (long start = from; start < to; start += BATCH) {
			long end = Math.min(start + BATCH, to);
			long first = start;
			this.transactions.executeWithoutResult(status -> {
				for (long index = first; index < end; index++) {
					this.organisationStore.insert(UUID.randomUUID(),
							this.organisationChecks.check(organisations.organisation(index)), this.clock.instant());
				}
			});
		}
	}

	/** Loads persons {@code from} (inclusive) to {@code to} (exclusive) of the seed; reports the count done after each batch. */
	public void load(SyntheticPeople people, long from, long to, LongConsumer progress) {
		for (long start = from; start < to; start += BATCH) {
			Map<UUID, CheckedPerson> batch = new LinkedHashMap<>();
			for (long index = start; index < Math.min(start + BATCH, to); index++) {
				batch.put(UUID.randomUUID(), this.checks.check(people.person(index).person()));
			}
			this.transactions.executeWithoutResult(status -> this.store.insertAll(batch, this.clock.instant()));
			progress.accept(Math.min(start + BATCH, to) - from);
		}
	}

}
