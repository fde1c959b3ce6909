package org.tutela.testing.synthetic;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.catalog.Session;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.Evidence;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.PaperConsent;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.list.Subscriptions;
import org.tutela.people.organisation.OrganisationChecks;
import org.tutela.people.organisation.OrganisationStore;
import org.tutela.people.person.CheckedPerson;
import org.tutela.people.person.PersonChecks;
import org.tutela.people.person.PersonStore;

/**
 * Loads synthetic persons through the application's own checks and batched inserts (so
 * their identifiers are encrypted and indexed as real ones are), and their choices and
 * subscriptions through the consent ledger and the lists, one transaction per batch; and,
 * with the persons, their registrations, attendance and certificates.
 */
public final class SyntheticLoad {

	private static final int BATCH = 2_000;

	private final PersonChecks checks;

	private final PersonStore store;

	private final OrganisationChecks organisationChecks;

	private final OrganisationStore organisationStore;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ConsentLedger ledger;

	private final Subscriptions subscriptions;

	private final JdbcTemplate jdbc;

	public SyntheticLoad(ApplicationContext app) {
		this.jdbc = app.getBean(JdbcTemplate.class);
		this.checks = app.getBean(PersonChecks.class);
		this.store = app.getBean(PersonStore.class);
		this.organisationChecks = app.getBean(OrganisationChecks.class);
		this.organisationStore = app.getBean(OrganisationStore.class);
		this.transactions = app.getBean(TransactionTemplate.class);
		this.clock = app.getBean(Clock.class);
		this.ledger = app.getBean(ConsentLedger.class);
		this.subscriptions = app.getBean(Subscriptions.class);
	}

	/**
	 * Loads organisations {@code from} (inclusive) to {@code to} (exclusive) of the seed,
	 * one transaction per batch.
	 */
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

	/**
	 * Puts the persons on the list, each with the synthetic choice of their position for
	 * the list's activity, recorded in the consent ledger; one transaction per batch.
	 */
	public void subscribe(MailingList list, List<PersonId> persons, SyntheticChoices choices) {
		Evidence given = PaperConsent.signed(this.ledger, list.activity());
		for (int start = 0; start < persons.size(); start += BATCH) {
			int first = start;
			this.transactions.executeWithoutResult(status -> {
				for (int index = first; index < Math.min(first + BATCH, persons.size()); index++) {
					PersonId person = persons.get(index);
					choices.choice(index)
						.ifPresent(choice -> this.ledger.record(person, list.activity(), choice.kind(),
								choice.kind() == ChoiceKind.GIVEN ? given : Evidence.of(choice.channel())));
					this.subscriptions.put(list.id(), person, null, this.clock.instant());
				}
			});
		}
	}

	/**
	 * Loads persons {@code from} (inclusive) to {@code to} (exclusive) of the seed;
	 * reports the count done after each batch.
	 */
	public void load(SyntheticPeople people, long from, long to, LongConsumer progress) {
		load(people, from, to, progress, (first, batch) -> {
		});
	}

	/**
	 * Loads persons as {@link #load} does, and with each batch, in its transaction, their
	 * registrations for the given sessions, attendance on the days of sessions that are
	 * over, and a certificate for each who met a certified course's attendance rule.
	 */
	public void loadWithTraining(SyntheticPeople people, long from, long to, List<Session> sessions,
			SyntheticTraining training, LongConsumer progress) {
		SyntheticEnrolments enrolments = new SyntheticEnrolments(this.jdbc, this.clock);
		load(people, from, to, progress, (first, batch) -> enrolments.write(first, batch, sessions, training));
	}

	private void load(SyntheticPeople people, long from, long to, LongConsumer progress, BatchStep extra) {
		for (long start = from; start < to; start += BATCH) {
			Map<UUID, CheckedPerson> batch = new LinkedHashMap<>();
			for (long index = start; index < Math.min(start + BATCH, to); index++) {
				batch.put(UUID.randomUUID(), this.checks.check(people.person(index).person()));
			}
			long first = start;
			this.transactions.executeWithoutResult(status -> {
				this.store.insertAll(batch, this.clock.instant());
				extra.write(first, batch);
			});
			progress.accept(Math.min(start + BATCH, to) - from);
		}
	}

	/**
	 * More rows for a batch of persons, written in its transaction; {@code first} is the
	 * first person's index.
	 */
	@FunctionalInterface
	private interface BatchStep {

		void write(long first, Map<UUID, CheckedPerson> batch);

	}

}
