package org.tutela.people;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tutela.people.importing.ImportRunner;
import org.tutela.people.importing.ImportStore;

/**
 * CSV imports of persons (with the organisation each works for): a dry run first that
 * stores nothing but a report of every bad row; on confirmation, every good row in one
 * transaction. Both passes run in the background and report their progress.
 */
@Service
public class PersonImports {

	/** The largest file accepted; bigger lists are split or loaded through the API. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private final ImportStore store;

	private final ImportRunner runner;

	private final Clock clock;

	PersonImports(ImportStore store, ImportRunner runner, Clock clock) {
		this.store = store;
		this.runner = runner;
		this.clock = clock;
	}

	/**
	 * Stores the file and starts the dry run; returns the import's id to follow its
	 * progress.
	 */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public UUID check(String fileName, byte[] content, Provenance provenance) {
		if (content.length == 0) {
			throw new ImportFileRefused("empty");
		}
		if (content.length > MAX_BYTES) {
			throw new ImportFileRefused("too-large");
		}
		UUID id = UUID.randomUUID();
		String name = fileName.isBlank() ? "import.csv"
				: fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
		this.store.create(id, name, content, provenance,
				SecurityContextHolder.getContext().getAuthentication().getName(), this.clock.instant());
		afterCommit(() -> this.runner.check(id));
		return id;
	}

	/**
	 * Stores the good rows of a checked import; bad rows are left out, as the report
	 * listed them.
	 */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public void confirm(UUID id) {
		ImportReport report = report(id);
		if (report.validRows() == 0 || !this.store.move(id, ImportStatus.CHECKED, ImportStatus.IMPORTING)) {
			throw new ImportNotConfirmable(id);
		}
		afterCommit(() -> this.runner.importRows(id));
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public void discard(UUID id) {
		if (!this.store.move(id, ImportStatus.CHECKED, ImportStatus.DISCARDED)) {
			throw new ImportNotConfirmable(id);
		}
		this.store.emptyFile(id);
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional(readOnly = true)
	public ImportReport report(UUID id) {
		return this.store.report(id).orElseThrow(() -> new ImportNotFound(id));
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional(readOnly = true)
	public List<ImportReport> recent() {
		return this.store.recent(20).stream().map(id -> this.store.report(id).orElseThrow()).toList();
	}

	private static void afterCommit(Runnable work) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

}
