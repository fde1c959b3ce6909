package org.tutela.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.surveillance.Assessment;
import org.tutela.dossiers.surveillance.AssessmentForm;
import org.tutela.dossiers.surveillance.Decision;
import org.tutela.dossiers.surveillance.HealthFile;
import org.tutela.dossiers.surveillance.HealthFileStore;
import org.tutela.identity.AccountId;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisation;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.testing.Staff;

/**
 * Departments of occupational physicians and health files as a physician leaves them, for
 * the tests of health surveillance; the planted values are what no page, form or PDF for
 * the employer or the worker may show.
 */
@Component
public class HealthFileFixtures {

	/** What a physician finds at an examination: never to the employer. */
	public static final String FINDINGS = "Audiogram notch at 4 kHz, finding marker";

	/** What a physician writes for themselves alone. */
	public static final String NOTE = "Private note marker, worried about night shifts";

	private final Departments departments;

	private final HealthFileStore store;

	private final Persons persons;

	HealthFileFixtures(Departments departments, HealthFileStore store, Persons persons) {
		this.departments = departments;
		this.store = store;
		this.persons = persons;
	}

	/** A department headed by {@code head}, with the physicians as members. */
	public UUID department(AccountId head, AccountId... physicians) {
		return Staff.as(() -> {
			UUID department = this.departments.create("Department " + System.nanoTime());
			this.departments.put(department, head, true);
			for (AccountId physician : physicians) {
				this.departments.put(department, physician, false);
			}
			return department;
		}, "backoffice", "accounts.manage");
	}

	/**
	 * A new worker's file with the employer, at its paint shop, given to the physician,
	 * with yesterday's examination (the planted findings, fit) and a note of the
	 * physician's own.
	 */
	public HealthFile file(@Nullable UUID department, AccountId physician, Organisation employer) {
		HealthFile file = new HealthFile(UUID.randomUUID(),
				"HF-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT),
				this.persons.selfRegister(new NewPerson("Hilde", null, "Haemers", LocalDate.of(1985, 4, 12), "nl", null,
						Provenance.EMPLOYER, List.of(), List.of(), List.of())),
				employer.id(), this.store.workstation(employer.id(), "Paint shop", Instant.now()), "Painter",
				LocalDate.of(2020, 1, 6), Instant.now(), department, physician, LocalDate.now());
		this.store.insert(file, physician);
		this.store.examine(file.id(), UUID.randomUUID(), LocalDate.now().minusDays(1), physician, FINDINGS,
				new Assessment(AssessmentForm.HEALTH_ASSESSMENT, Decision.FIT, null, "Hearing protection", null),
				Instant.now());
		this.store.note(file.id(), UUID.randomUUID(), physician, LocalDate.now(), NOTE, Instant.now());
		return file;
	}

}
