package org.tutela.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.inspection.ControlStore;
import org.tutela.dossiers.inspection.NewControl;
import org.tutela.identity.AccountId;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisation;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.Staff;

/**
 * Controls as an employer's order leaves them, and departments of physicians, for the
 * tests of the service's side. The planted values are what no page, report or mail for
 * the employer may show.
 */
@Component
public class ControlFixtures {

	/** The attending doctor the employer names: health data. */
	public static final String DOCTOR = "Dr Marker-Maes";

	/** The findings a physician records: never to the employer. */
	public static final String FINDINGS = "HERNIA-L5-MARKER";

	private final ControlStore store;

	private final Persons persons;

	private final Departments departments;

	private final JdbcClient jdbc;

	ControlFixtures(ControlStore store, Persons persons, Departments departments, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.store = store;
		this.persons = persons;
		this.departments = departments;
	}

	/**
	 * A control ordered by the organisation's contact for a new worker, incapacity from
	 * yesterday for two weeks, after a work accident, in hospital.
	 */
	public ControlSummary ordered(Organisation employer) {
		PersonId worker = this.persons.selfRegister(new NewPerson("Wout", null, "Werker", null, "nl", null,
				Provenance.EMPLOYER, List.of(), List.of(), List.of()));
		UUID id = UUID.randomUUID();
		LocalDate today = LocalDate.now();
		this.store.insert(new NewControl(id, "AC-" + id.toString().substring(0, 8).toUpperCase(Locale.ROOT), worker,
				employer.id(), employer.contacts().get(0).person(), Channel.PORTAL, Instant.now().minusSeconds(3600),
				"hr-contact", EmployeeNumberKind.PERSONNEL_NUMBER, "P-4711", "index-" + id,
				new Stay("Kerkstraat 1", "1000", "Brussel", "BE", "+32 2 123 45 67"),
				new Incapacity(today.minusDays(1), today.plusDays(13), Certificate.FIRST,
						IncapacityNature.WORK_ACCIDENT, Answer.NO, Answer.YES),
				new AttendingDoctor(DOCTOR, "Dokterslaan 3, 1000 Brussel", null)));
		return this.store.summary(id).orElseThrow();
	}

	/**
	 * The control as a physician of a department of its own leaves it after the
	 * examination, without going through the pages.
	 */
	public void examined(ControlSummary control, Finding finding) {
		UUID department = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO dossiers_department (id, name, created_at) VALUES (:id, :name, CURRENT_TIMESTAMP)")
			.param("id", department)
			.param("name", "Department " + System.nanoTime())
			.update();
		this.store.assign(control.id(), department, AccountId.random(), "head", Instant.now());
		this.store.record(control.id(), finding, AccountId.random(), Instant.now());
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

}
