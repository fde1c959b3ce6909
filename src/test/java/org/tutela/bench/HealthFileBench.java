package org.tutela.bench;

import java.nio.file.Path;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tutela.dossiers.surveillance.Assessment;
import org.tutela.dossiers.surveillance.AssessmentForm;
import org.tutela.dossiers.surveillance.Decision;
import org.tutela.dossiers.surveillance.HealthFileStore;
import org.tutela.dossiers.surveillance.HealthFiles;
import org.tutela.dossiers.surveillance.HealthFiles.Opened;
import org.tutela.identity.account.Accounts;
import org.tutela.platform.crypto.FieldCipher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Opening one worker's health file among a million on PostgreSQL, under the
 * prevention-service pack: through the application (access by assignment, the four
 * sections, every encrypted field of them decrypted, the audit entries) as the
 * occupational physician the file is assigned to and as the head of the department, and
 * as the bare SQL query without decryption, one caller at a time.
 * {@code ./mvnw -Pbench-postgres verify -DskipTests}; alone
 * {@code ./mvnw -Pbench-postgres test-compile exec:java@bench-health-files}. It drops and
 * recreates the database {@code tutela_bench_health_files}.
 * <p>
 * Each file has its workstation (twenty per employer, with their exposure), the
 * occupational history, one or two examinations with findings and the conclusion, and for
 * one file in three a note of its physician. The rows are written in JDBC batches,
 * encrypted the way {@link HealthFileStore} encrypts them (the same {@link FieldCipher},
 * the same columns, the same JSON); after the load, {@code VACUUM ANALYZE}, as on tables
 * that have lived a while.
 */
public final class HealthFileBench {

	private static final int WORKERS = Integer.getInteger("bench.persons", 1_000_000);

	private static final int WORKSTATIONS_PER_EMPLOYER = 20;

	private static final int BATCH = 2_000;

	private static final long SEED = 20261207;

	private static final Path RESULTS = Path.of("target", "bench", "health-files-postgres.md");

	private static final String PLAIN = """
			SELECT f.*, w.exposure, e.id AS examination, e.findings_cipher, e.conclusion_cipher, n.note_cipher
			FROM dossiers_health_file f
			LEFT JOIN dossiers_workstation w ON w.id = f.workstation_id
			LEFT JOIN dossiers_health_examination e ON e.file_id = f.id
			LEFT JOIN dossiers_health_note n ON n.file_id = f.id AND n.author_id = f.physician_id
			WHERE f.id = ?""";

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final JsonMapper json;

	private final Physicians staff;

	private final UUID[] files = new UUID[WORKERS];

	private final UUID[] workstations = new UUID[Physicians.EMPLOYERS * WORKSTATIONS_PER_EMPLOYER];

	private HealthFileBench(ConfigurableApplicationContext app) {
		this.jdbc = app.getBean(JdbcTemplate.class);
		this.cipher = app.getBean(FieldCipher.class);
		this.json = app.getBean(JsonMapper.class);
		this.staff = Physicians.open(app.getBean(Accounts.class), this.jdbc);
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_health_files", "?reWriteBatchedInserts=true",
				"--tutela.policy.pack=prevention-service")) {
			ConfigurableApplicationContext app = bench.app();
			long start = System.nanoTime();
			HealthFileBench load = new HealthFileBench(app);
			load.workstations();
			load.files();
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			double vacuumSeconds = FileOpenings.vacuum(load.jdbc);
			lines.add(String.format(Locale.ROOT,
					"Loaded %,d workers with one health file each (%,d examinations, %,d notes), %,d workstations, "
							+ "%d physicians in %d departments, in %.0f s (%.0f files/s); VACUUM ANALYZE %.1f s.",
					WORKERS, WORKERS + WORKERS / 2, (WORKERS + 2) / 3, load.workstations.length, Physicians.PHYSICIANS,
					Physicians.DEPARTMENTS, loadSeconds, WORKERS / loadSeconds, vacuumSeconds));
			lines.add("");
			HealthFiles files = app.getBean(HealthFiles.class);
			FileOpenings
				.table(lines, "Opening a health file among " + String.format(Locale.ROOT, "%,d", WORKERS), SEED,
						WORKERS)
				.row("Assigned physician, application (`HealthFiles.file`)",
						index -> load.open(files, index, Physicians.physicianOf(index), true))
				.row("Head physician of the department, application (`HealthFiles.file`)", index -> {
					int file = Physicians.notByAHead(index, WORKERS);
					load.open(files, file, Physicians.headOf(Physicians.physicianOf(file)), false);
				})
				.row("Plain SQL, the file with its sections by id, no decryption",
						index -> FileOpenings.check((int) load.jdbc.queryForList(PLAIN, load.files[index])
							.stream()
							.map(row -> row.get("id"))
							.distinct()
							.count(), "health file"))
				.end();
			FileOpenings.sizes(lines, load.jdbc, "dossiers_health_file", "dossiers_health_examination",
					"dossiers_health_note", "dossiers_workstation", "people_person", "audit_entry");
		}
		PostgresBench.report(RESULTS, lines);
	}

	/** Twenty workstations per employer, each with what it exposes to (section 4). */
	private void workstations() {
		SplittableRandom random = new SplittableRandom(SEED + 1);
		Instant now = Instant.now();
		List<Object[]> rows = new ArrayList<>();
		for (int w = 0; w < this.workstations.length; w++) {
			this.workstations[w] = FileOpenings.uuid(random);
			rows.add(new Object[] { this.workstations[w], this.staff.employer(w / WORKSTATIONS_PER_EMPLOYER),
					"Workstation " + w % WORKSTATIONS_PER_EMPLOYER, "Noise above 85 dB(A); solvents (toluene).",
					FileOpenings.at(now) });
		}
		this.jdbc.batchUpdate(
				"INSERT INTO dossiers_workstation (id, organisation_id, name, exposure, changed_at) VALUES (?, ?, ?, ?, ?)",
				rows);
	}

	/**
	 * The workers and their files, assigned round-robin to the physicians: every file
	 * examined once, every other one twice, one in three with a note of its physician.
	 */
	private void files() {
		SplittableRandom random = new SplittableRandom(SEED);
		Instant now = Instant.now();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (int from = 0; from < WORKERS; from += BATCH) {
			int to = Math.min(from + BATCH, WORKERS);
			List<Object[]> persons = new ArrayList<>(to - from);
			List<Object[]> rows = new ArrayList<>(to - from);
			List<Object[]> examinations = new ArrayList<>();
			List<Object[]> notes = new ArrayList<>();
			for (int i = from; i < to; i++) {
				UUID worker = FileOpenings.uuid(random);
				UUID id = FileOpenings.uuid(random);
				this.files[i] = id;
				persons.add(new Object[] { worker, "Worker", "Number " + i, "worker number " + i,
						i % 2 == 0 ? "nl" : "fr", FileOpenings.at(now) });
				rows.add(file(i, id, worker, now, today));
				for (int e = 0; e < examinations(i); e++) {
					examinations.add(examination(i, id, FileOpenings.uuid(random), today.minusYears(e), now));
				}
				if (i % 3 == 0) {
					UUID note = FileOpenings.uuid(random);
					notes.add(new Object[] { note, id, this.staff.account(Physicians.physicianOf(i)),
							Date.valueOf(today.minusDays(1)),
							this.cipher.encrypt(HealthFileStore.NOTE.field(note), "Ask about sleep at the next visit."),
							FileOpenings.at(now) });
				}
			}
			this.jdbc.batchUpdate("INSERT INTO people_person (id, first_name, last_name, search_name, language, "
					+ "provenance, created_at) VALUES (?, ?, ?, ?, ?, 'EMPLOYER', ?)", persons);
			this.jdbc.batchUpdate("""
					INSERT INTO dossiers_health_file (id, reference, worker_id, organisation_id, workstation_id,
						job_function, employed_since, opened_at, opened_by, department_id, physician_id, assigned_at,
						assigned_by, history_cipher, last_contact_on)
					VALUES (?, ?, ?, ?, ?, 'Operator', ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
			this.jdbc.batchUpdate("""
					INSERT INTO dossiers_health_examination (id, file_id, form, examined_on, physician_id,
						findings_cipher, conclusion_cipher, recorded_at)
					VALUES (?, ?, 'HEALTH_ASSESSMENT', ?, ?, ?, ?, ?)""", examinations);
			this.jdbc.batchUpdate("""
					INSERT INTO dossiers_health_note (id, file_id, author_id, written_on, note_cipher, written_at)
					VALUES (?, ?, ?, ?, ?, ?)""", notes);
			if (to % 100_000 == 0) {
				System.out.printf(Locale.ROOT, "Loaded %,d of %,d health files%n", to, WORKERS);
			}
		}
	}

	private Object[] file(int i, UUID id, UUID worker, Instant now, LocalDate today) {
		int physician = Physicians.physicianOf(i);
		int employer = i % Physicians.EMPLOYERS;
		UUID workstation = this.workstations[employer * WORKSTATIONS_PER_EMPLOYER + i % WORKSTATIONS_PER_EMPLOYER];
		return new Object[] { id, String.format(Locale.ROOT, "HF-%08d", i), worker, this.staff.employer(i), workstation,
				Date.valueOf(today.minusYears(1 + i % 30)), FileOpenings.at(now.minusSeconds(7200)),
				this.staff.account(Physicians.headOf(physician)), this.staff.department(physician),
				this.staff.account(physician), FileOpenings.at(now.minusSeconds(3600)),
				"physician-" + Physicians.headOf(physician),
				this.cipher.encrypt(HealthFileStore.HISTORY.field(id),
						"Ten years in a foundry before; hearing loss in the left ear noted in 2019."),
				Date.valueOf(today) };
	}

	private Object[] examination(int i, UUID file, UUID id, LocalDate on, Instant now) {
		Assessment assessment = new Assessment(AssessmentForm.HEALTH_ASSESSMENT, Decision.FIT, null,
				i % 4 == 0 ? "Hearing protection at all times." : null, on.plusYears(1));
		return new Object[] { id, file, Date.valueOf(on), this.staff.account(Physicians.physicianOf(i)),
				this.cipher.encrypt(HealthFileStore.FINDINGS.field(id), "Audiogram: 30 dB loss at 4 kHz, left; " + i),
				this.cipher.encrypt(HealthFileStore.CONCLUSION.field(id), this.json.writeValueAsString(assessment)),
				FileOpenings.at(now) };
	}

	/** Opens file {@code index} signed in as physician {@code reader}. */
	private void open(HealthFiles health, int index, int reader, boolean assigned) {
		this.staff.signIn(reader);
		Opened opened = health.file(this.files[index]);
		if (!opened.file().id().equals(this.files[index]) || opened.assigned() != assigned
				|| opened.examinations().size() != examinations(index) || opened.history() == null
				|| opened.workstation() == null || opened.notes().size() != (assigned && index % 3 == 0 ? 1 : 0)) {
			throw new IllegalStateException("Opened the wrong file for worker " + index);
		}
	}

	private static int examinations(int index) {
		return index % 2 == 0 ? 2 : 1;
	}

}
