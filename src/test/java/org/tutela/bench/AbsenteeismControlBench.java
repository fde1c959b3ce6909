package org.tutela.bench;

import java.nio.file.Path;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tutela.dossiers.AbsenteeismControls;
import org.tutela.dossiers.AbsenteeismControls.Opened;
import org.tutela.dossiers.Answer;
import org.tutela.dossiers.AttendingDoctor;
import org.tutela.dossiers.Certificate;
import org.tutela.dossiers.Conclusion;
import org.tutela.dossiers.Incapacity;
import org.tutela.dossiers.IncapacityNature;
import org.tutela.dossiers.Stay;
import org.tutela.dossiers.inspection.ControlStore;
import org.tutela.identity.account.Accounts;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;
import org.tutela.platform.crypto.KeyedHash;

import tools.jackson.databind.json.JsonMapper;

/**
 * Opening one worker's absenteeism-control file among a million on PostgreSQL, under the
 * medical-inspection pack: through the application (access by assignment, decryption of
 * every confidential column, audit entries) as the assigned physician and as the head of
 * the department, and as the bare SQL query without decryption, one caller at a time.
 * {@code ./mvnw -Pbench-postgres verify -DskipTests}; alone
 * {@code ./mvnw -Pbench-postgres test-compile exec:java@bench-dossiers}. It drops and
 * recreates the database {@code tutela_bench_dossiers}.
 * <p>
 * After the load, {@code VACUUM ANALYZE}: as on tables that have lived a while, the rows'
 * hint bits and the visibility map are set, and no autovacuum of the fresh million rows
 * runs during the first lookups.
 * <p>
 * The controls are written in JDBC batches with the confidential columns encrypted the
 * way {@link ControlStore} encrypts them (the same {@link FieldCipher}, the same
 * {@link EncryptedColumn}s, the same JSON): {@code ControlStore.insert} writes one row
 * per statement and {@code record} three, which would be some 3.4 million round trips.
 */
public final class AbsenteeismControlBench {

	private static final int WORKERS = Integer.getInteger("bench.persons", 1_000_000);

	private static final int BATCH = 2_000;

	private static final long SEED = 20261206;

	private static final Path RESULTS = Path.of("target", "bench", "dossiers-postgres.md");

	private static final String PLAIN = "SELECT c.*, f.* FROM dossiers_control c "
			+ "LEFT JOIN dossiers_control_finding f ON f.control_id = c.id WHERE c.id = ?";

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final KeyedHash keyedHash;

	private final JsonMapper json;

	private final UUID[] controls = new UUID[WORKERS];

	private final Physicians staff;

	private AbsenteeismControlBench(ConfigurableApplicationContext app) {
		this.jdbc = app.getBean(JdbcTemplate.class);
		this.staff = Physicians.open(app.getBean(Accounts.class), this.jdbc);
		this.cipher = app.getBean(FieldCipher.class);
		this.keyedHash = app.getBean(KeyedHash.class);
		this.json = app.getBean(JsonMapper.class);
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_dossiers", "?reWriteBatchedInserts=true",
				"--tutela.policy.pack=medical-inspection")) {
			ConfigurableApplicationContext app = bench.app();
			long start = System.nanoTime();
			AbsenteeismControlBench load = new AbsenteeismControlBench(app);
			load.controls();
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			double vacuumSeconds = FileOpenings.vacuum(load.jdbc);
			lines.add(String.format(Locale.ROOT,
					"Loaded %,d workers with one control each (%,d with findings), "
							+ "%d physicians in %d departments, in %.0f s (%.0f controls/s); VACUUM ANALYZE %.1f s.",
					WORKERS, WORKERS - WORKERS / 5, Physicians.PHYSICIANS, Physicians.DEPARTMENTS, loadSeconds,
					WORKERS / loadSeconds, vacuumSeconds));
			lines.add("");
			AbsenteeismControls files = app.getBean(AbsenteeismControls.class);
			FileOpenings
				.table(lines, "Opening a file among " + String.format(Locale.ROOT, "%,d", WORKERS) + " controls", SEED,
						WORKERS)
				.row("Assigned physician, application (`AbsenteeismControls.file`)",
						index -> load.open(files, index, Physicians.physicianOf(index), true))
				.row("Head physician of the department, application (`AbsenteeismControls.file`)", index -> {
					int control = Physicians.notByAHead(index, WORKERS);
					load.open(files, control, Physicians.headOf(Physicians.physicianOf(control)), false);
				})
				.row("Plain SQL, control and finding by id, no decryption",
						index -> FileOpenings.check(load.jdbc.queryForList(PLAIN, load.controls[index]).size(),
								"control"))
				.end();
			FileOpenings.sizes(lines, load.jdbc, "dossiers_control", "dossiers_control_finding", "people_person",
					"audit_entry");
		}
		PostgresBench.report(RESULTS, lines);
	}

	/**
	 * The workers and their controls, assigned round-robin to the physicians; four in
	 * five examined, with findings.
	 */
	private void controls() {
		SplittableRandom random = new SplittableRandom(SEED);
		Instant now = Instant.now();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int from = 0; from < WORKERS; from += BATCH) {
			int to = Math.min(from + BATCH, WORKERS);
			List<Object[]> persons = new ArrayList<>(to - from);
			List<Object[]> rows = new ArrayList<>(to - from);
			List<Object[]> findings = new ArrayList<>(to - from);
			for (int i = from; i < to; i++) {
				UUID worker = FileOpenings.uuid(random);
				UUID id = FileOpenings.uuid(random);
				this.controls[i] = id;
				persons.add(new Object[] { worker, "Worker", "Number " + i, "worker number " + i,
						i % 2 == 0 ? "nl" : "fr", FileOpenings.at(now) });
				rows.add(control(i, id, worker, now, today));
				if (examined(i)) {
					findings.add(finding(i, id, now, today));
				}
			}
			this.jdbc.batchUpdate("INSERT INTO people_person (id, first_name, last_name, search_name, language, "
					+ "provenance, created_at) VALUES (?, ?, ?, ?, ?, 'EMPLOYER', ?)", persons);
			this.jdbc.batchUpdate(
					"""
							INSERT INTO dossiers_control (id, reference, worker_id, organisation_id, channel, ordered_at, entered_by,
								employee_number_kind, employee_number_cipher, employee_number_index, stay_postcode, stay_country,
								stay_cipher, incapacity_cipher, attending_doctor_cipher, status, department_id, physician_id,
								assigned_at, assigned_by)
							VALUES (?, ?, ?, ?, 'PORTAL', ?, 'hr-contact', 'PERSONNEL_NUMBER', ?, ?, ?, 'BE', ?, ?, ?, ?, ?, ?, ?, ?)""",
					rows);
			this.jdbc.batchUpdate("""
					INSERT INTO dossiers_control_finding (control_id, examined_on, conclusion_cipher, findings_cipher,
						recorded_by, recorded_at)
					VALUES (?, ?, ?, ?, ?, ?)""", findings);
			if (to % 100_000 == 0) {
				System.out.printf(Locale.ROOT, "Loaded %,d of %,d controls%n", to, WORKERS);
			}
		}
	}

	private Object[] control(int i, UUID id, UUID worker, Instant now, LocalDate today) {
		int physician = Physicians.physicianOf(i);
		UUID employer = this.staff.employer(i);
		String number = "P-" + (100_000 + i);
		String postcode = String.valueOf(1000 + i % 9000);
		Stay stay = new Stay("Kerkstraat " + (1 + i % 200), postcode, "Brussel", "BE", "+32 2 123 45 67");
		Incapacity incapacity = new Incapacity(today.minusDays(3), today.plusDays(11 + i % 20),
				i % 3 == 0 ? Certificate.EXTENSION : Certificate.FIRST, IncapacityNature.ILLNESS, Answer.NO, Answer.NO);
		AttendingDoctor doctor = new AttendingDoctor("Dr. Peeters " + i % 500, "Dokterslaan 3, 1000 Brussel", null);
		return new Object[] { id, String.format(Locale.ROOT, "AC-%08d", i), worker, employer,
				FileOpenings.at(now.minusSeconds(7200)),
				this.cipher.encrypt(ControlStore.EMPLOYEE_NUMBER.field(id), number),
				this.keyedHash.hash("dossiers.employee-number." + employer, number), postcode,
				seal(ControlStore.STAY, id, stay), seal(ControlStore.INCAPACITY, id, incapacity),
				seal(ControlStore.ATTENDING_DOCTOR, id, doctor), examined(i) ? "EXAMINED" : "ASSIGNED",
				this.staff.department(physician), this.staff.account(physician),
				FileOpenings.at(now.minusSeconds(3600)), "physician-" + Physicians.headOf(physician) };
	}

	/**
	 * The findings as {@code ControlStore.record} seals them: the verdict as one value.
	 */
	private Object[] finding(int i, UUID id, Instant now, LocalDate today) {
		Conclusion conclusion = Conclusion.values()[i % Conclusion.values().length];
		Map<String, Object> verdict = new LinkedHashMap<>();
		verdict.put("conclusion", conclusion);
		verdict.put("justifiedUntil", conclusion.namesJustifiedUntil() ? today.plusDays(7) : null);
		verdict.put("resumableOn", conclusion.namesResumption() ? today.plusDays(2) : null);
		return new Object[] { id, Date.valueOf(today.minusDays(1)), seal(ControlStore.CONCLUSION, id, verdict),
				this.cipher.encrypt(ControlStore.FINDINGS.field(id),
						"Examined at home; lumbar pain, limited mobility, treatment started " + i + "."),
				this.staff.account(Physicians.physicianOf(i)), FileOpenings.at(now) };
	}

	private String seal(EncryptedColumn column, UUID id, Object value) {
		return this.cipher.encrypt(column.field(id), this.json.writeValueAsString(value));
	}

	/** Opens the file of control {@code index} signed in as physician {@code reader}. */
	private void open(AbsenteeismControls files, int index, int reader, boolean assigned) {
		this.staff.signIn(reader);
		Opened opened = files.file(this.controls[index]);
		if (!opened.file().control().id().equals(this.controls[index]) || opened.assigned() != assigned
				|| (opened.file().finding() != null) != examined(index)) {
			throw new IllegalStateException("Opened the wrong file for control " + index);
		}
	}

	private static boolean examined(int index) {
		return index % 5 != 0;
	}

}
