package org.tutela.people.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.people.ImportReport.RowError;
import org.tutela.people.ImportStatus;
import org.tutela.people.Provenance;
import org.tutela.people.importing.ImportedRow.Employer;
import org.tutela.people.organisation.CheckedOrganisation;
import org.tutela.people.organisation.OrganisationStore;
import org.tutela.people.person.PersonChecks;
import org.tutela.people.person.PersonStore;
import org.tutela.personaldata.PersonId;

/**
 * Runs the two passes of an import in the background, as the user who started it. The
 * check stores only row errors; the import stores every valid row in one transaction, so
 * a failure leaves none of them. Progress is written in transactions of its own, so pages
 * see it.
 */
@Component
public class ImportRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private static final int PROGRESS_EVERY = 200;

	private static final Duration UNCONFIRMED_KEPT = Duration.ofDays(7);

	private final ImportStore imports;

	private final PersonChecks checks;

	private final PersonStore persons;

	private final OrganisationStore organisations;

	private final AuditTrail audit;

	private final TaskExecutor executor;

	private final TransactionTemplate own;

	private final TransactionTemplate whole;

	private final Clock clock;

	ImportRunner(ImportStore imports, PersonChecks checks, PersonStore persons, OrganisationStore organisations,
			AuditTrail audit, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			PlatformTransactionManager transactions, Clock clock) {
		this.imports = imports;
		this.checks = checks;
		this.persons = persons;
		this.organisations = organisations;
		this.audit = audit;
		this.executor = executor;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.whole = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Starts the dry run once the caller's transaction (which stored the file) has
	 * committed.
	 */
	public void check(UUID id) {
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> guarded(id, () -> checkRows(id))));
	}

	public void importRows(UUID id) {
		this.executor.execute(new DelegatingSecurityContextRunnable(() -> guarded(id, () -> storeRows(id))));
	}

	/**
	 * A checked file waits a week for confirmation; then it is discarded, so no copy of
	 * the persons lingers.
	 */
	@Scheduled(cron = "0 17 * * * *")
	@SchedulerLock(name = "unconfirmed-imports")
	void discardUnconfirmed() {
		int discarded = this.imports.discardUnconfirmed(this.clock.instant().minus(UNCONFIRMED_KEPT));
		if (discarded > 0) {
			log.info("Discarded {} imports not confirmed within {}", discarded, UNCONFIRMED_KEPT);
		}
	}

	private void checkRows(UUID id) {
		ImportFile file = ImportFile.of(this.imports.content(id));
		List<RowError> fileErrors = file.headerErrors();
		if (!fileErrors.isEmpty()) {
			this.own.executeWithoutResult(status -> {
				this.imports.errors(id, fileErrors);
				this.imports.finish(id, ImportStatus.CHECKED, false, this.clock.instant());
			});
			return;
		}
		int total = file.rowCount();
		Provenance provenance = this.imports.provenance(id);
		int[] counts = { 0, 0 };
		List<RowError> pending = new ArrayList<>();
		file.rows(row -> {
			ImportedRow checked = ImportedRow.check(row, provenance, this.checks);
			List<RowError> errors = new ArrayList<>(checked.errors());
			if (checked.valid() && checked.employer() != null && organisation(checked.employer(), false).isEmpty()
					&& checked.employer().name() == null) {
				errors.add(new RowError(row.line(), ImportColumn.ENTERPRISE_NUMBER.header(),
						"import.organisation-unknown"));
			}
			counts[0]++;
			counts[1] += errors.isEmpty() ? 1 : 0;
			pending.addAll(errors);
			if (counts[0] % PROGRESS_EVERY == 0) {
				flush(id, total, counts, pending);
			}
		});
		this.own.executeWithoutResult(status -> {
			flush(id, total, counts, pending);
			this.imports.finish(id, ImportStatus.CHECKED, counts[1] > 0, this.clock.instant());
		});
	}

	private void flush(UUID id, int total, int[] counts, List<RowError> pending) {
		List<RowError> errors = List.copyOf(pending);
		pending.clear();
		this.own.executeWithoutResult(status -> {
			this.imports.errors(id, errors);
			this.imports.progress(id, total, counts[0], counts[1]);
		});
	}

	private void storeRows(UUID id) {
		ImportFile file = ImportFile.of(this.imports.content(id));
		Provenance provenance = this.imports.provenance(id);
		this.whole.executeWithoutResult(status -> {
			int[] counts = { 0, 0 };
			Map<String, UUID> created = new HashMap<>();
			file.rows(row -> {
				ImportedRow checked = ImportedRow.check(row, provenance, this.checks);
				Employer employer = checked.valid() ? checked.employer() : null;
				Optional<UUID> organisation = employer == null ? Optional.empty()
						: organisation(employer, true, created);
				if (checked.valid() && (employer == null || organisation.isPresent())) {
					PersonId person = PersonId.random();
					this.persons.insert(person, checked.person(), this.clock.instant());
					this.audit.record(AuditEvent.of(AuditAction.CREATE, person, "person imported"));
					if (employer != null) {
						this.organisations.addContact(organisation.get(), person, employer.role());
					}
					counts[1]++;
				}
				counts[0]++;
				if (counts[0] % PROGRESS_EVERY == 0) {
					this.own.executeWithoutResult(progress -> this.imports.importedSoFar(id, counts[0], counts[1]));
				}
			});
			this.imports.importedSoFar(id, counts[0], counts[1]);
			this.imports.finish(id, ImportStatus.IMPORTED, false, this.clock.instant());
		});
	}

	private Optional<UUID> organisation(Employer employer, boolean create) {
		return organisation(employer, create, new HashMap<>());
	}

	private Optional<UUID> organisation(Employer employer, boolean create, Map<String, UUID> created) {
		Optional<UUID> found = employer.enterpriseNumber() != null
				? this.organisations.idByEnterpriseNumber(employer.enterpriseNumber().digits()) : Optional.empty();
		if (found.isEmpty() && employer.name() != null) {
			found = this.organisations.idByName(employer.name());
		}
		if (found.isPresent() || !create || employer.name() == null) {
			return found;
		}
		String key = employer.enterpriseNumber() != null ? employer.enterpriseNumber().digits() : employer.name();
		return Optional.of(created.computeIfAbsent(key, unused -> {
			UUID id = UUID.randomUUID();
			this.organisations.insert(id, CheckedOrganisation.named(employer.name(), employer.enterpriseNumber()),
					this.clock.instant());
			return id;
		}));
	}

	private void guarded(UUID id, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException failure) {
			// Row values may be in the message: log where it failed, not what.
			StackTraceElement[] trace = failure.getStackTrace();
			log.error("Import {} failed: {} at {}", id, failure.getClass().getName(),
					trace.length > 0 ? trace[0] : "?");
			this.own.executeWithoutResult(
					status -> this.imports.finish(id, ImportStatus.FAILED, false, this.clock.instant()));
		}
	}

}
