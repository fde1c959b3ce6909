package org.tutela.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.NewCourse;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.identity.AccountId;
import org.tutela.identity.Role;
import org.tutela.identity.account.Account;
import org.tutela.identity.account.Accounts;
import org.tutela.platform.crypto.Sha256;

/**
 * Registrations per second on PostgreSQL, three ways over the same kind of registration
 * (a new person with an e-mail address and an encrypted national register number, for a
 * certified course, with an encrypted remark): through the HTTP API as a coordinator
 * (Basic authentication, so one Argon2 check per request), through the service without
 * HTTP (audit, encryption, consent and the queued confirmation mail all included), and
 * the same rows written with plain batched SQL.
 * {@code ./mvnw -Pbench-postgres test-compile exec:java@bench-registrations}.
 */
public final class RegistrationBench {

	private static final int REQUESTS = Integer.getInteger("bench.registrations", 2_000);

	private static final int RAW = Integer.getInteger("bench.raw-registrations", 20_000);

	private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	private static final int SESSIONS = 50;

	private static final String PASSWORD = "bench-only-password-41";

	private static final Path RESULTS = Path.of("target", "bench", "registrations-postgres.md");

	private RegistrationBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_registrations", "?reWriteBatchedInserts=true",
				"--server.port=0", "--tutela.rate-limit.per-minute=100000000")) {
			ConfigurableApplicationContext app = bench.app();
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Accounts accounts = app.getBean(Accounts.class);
			accounts.insert(
					new Account(AccountId.random(), "bench-coordinator", "Bench", null, Role.COORDINATOR,
							app.getBean(PasswordEncoder.class).encode(PASSWORD), false, null, 0, null, true),
					Instant.now());
			List<UUID> sessions = plan(app);
			AtomicInteger sequence = new AtomicInteger();

			Timing apiTwo = run(2, REQUESTS / 4, () -> {
				int n = sequence.incrementAndGet();
				return post(port, sessions.get(n % sessions.size()), n);
			});
			Timing api = run(CLIENTS, REQUESTS, () -> {
				int n = sequence.incrementAndGet();
				return post(port, sessions.get(n % sessions.size()), n);
			});
			Timing read = run(2, REQUESTS / 4, () -> get(port, sessions.get(0)));
			Registering registering = app.getBean(Registering.class);
			Timing service = run(CLIENTS, REQUESTS, () -> {
				int n = sequence.incrementAndGet();
				SecurityContextHolder.getContext()
					.setAuthentication(new TestingAuthenticationToken("bench", null, "backoffice", "enrolment.manage"));
				registering.registerByStaff(sessions.get(n % sessions.size()), form(n), "nl");
				return true;
			});
			double raw = raw(app.getBean(JdbcTemplate.class), sessions);

			lines.add(String.format(Locale.ROOT, "%d sessions of one certified course; every registration a new person "
					+ "with an e-mail address, a national register number and a remark.", SESSIONS));
			lines.add("");
			lines.add("| Path | registrations | per second | p50 ms | p99 ms | errors |");
			lines.add("|---|---:|---:|---:|---:|---:|");
			lines.add(apiTwo.row("HTTP API, 2 clients, Basic authentication per request"));
			lines.add(api.row("HTTP API, " + CLIENTS + " clients, Basic authentication per request"));
			lines.add(read.row(
					"HTTP API, 2 clients, an authenticated read of one session's registrations (the cost of Basic authentication)"));
			lines.add(service
				.row("Service call, " + CLIENTS + " threads, no HTTP (audit, encryption, consent, queued mail)"));
			lines.add(String.format(Locale.ROOT,
					"| Plain batched SQL, same rows without checks, audit or mail | %,d | %,.0f | – | – | 0 |", RAW,
					raw));
			for (Timing timing : List.of(apiTwo, api, read, service)) {
				if (timing.result().firstError() != null) {
					lines.add("");
					lines.add("First error: " + timing.result().firstError());
				}
			}
		}
		PostgresBench.report(RESULTS, lines);
	}

	private static List<UUID> plan(ConfigurableApplicationContext app) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("bench", null, "catalog.manage", "backoffice"));
		Course course = app.getBean(CourseCatalog.class)
			.add(new NewCourse("BENCH-CERT", "Bench certified course", "nl", true, 8, 10_000L, "Authority", "B-1", 60,
					100, 7, null));
		List<UUID> sessions = new ArrayList<>();
		for (int i = 0; i < SESSIONS; i++) {
			Session session = app.getBean(Sessions.class)
				.plan(new NewSession(course.id().value(), LocalDate.now().plusDays(30 + i), null, LocalTime.of(9, 0),
						LocalTime.of(17, 0), null, true, 10_000, "nl", List.of()));
			sessions.add(session.id());
		}
		SecurityContextHolder.clearContext();
		return sessions;
	}

	private static RegistrationForm form(int n) {
		return new RegistrationForm("Bench", "Person " + n, "bench" + n + "@bench.example.org", null, null, null,
				nationalNumber(n), "No nuts, please", true, false, null);
	}

	/**
	 * A valid Belgian national register number for a birth in the 1960s to 1990s and a
	 * sequence.
	 */
	static String nationalNumber(int n) {
		LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n % 12_000);
		long head = Long.parseLong(String.format(Locale.ROOT, "%02d%02d%02d%03d", born.getYear() % 100,
				born.getMonthValue(), born.getDayOfMonth(), 1 + n % 997));
		return String.format(Locale.ROOT, "%09d%02d", head, 97 - head % 97);
	}

	private static boolean post(int port, UUID session, int n) throws Exception {
		RegistrationForm form = form(n);
		String body = String.format(Locale.ROOT,
				"{\"firstName\":\"%s\",\"lastName\":\"%s\",\"email\":\"%s\","
						+ "\"nationalNumber\":\"%s\",\"remark\":\"%s\",\"remarkConsent\":true}",
				form.firstName(), form.lastName(), form.email(), form.nationalNumber(), form.remark());
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sessions/" + session + "/registrations"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic())
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = CLIENT.get().send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
		return true;
	}

	private static boolean get(int port, UUID session) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sessions/" + session + "/registrations"))
			.header("Authorization", basic())
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		HttpResponse<Void> response = CLIENT.get().send(request, HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(Integer.toString(response.statusCode()));
		}
		return true;
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString(("bench-coordinator:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static final ThreadLocal<HttpClient> CLIENT = ThreadLocal
		.withInitial(() -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());

	private static Timing run(int clients, int total, HttpLoad.Attempt attempt) throws Exception {
		return new Timing(HttpLoad.run(clients, total, Duration.ofMinutes(30), attempt));
	}

	/**
	 * The rows a registration leaves, written with batched SQL: person, e-mail address,
	 * identifier, registration.
	 */
	private static double raw(JdbcTemplate jdbc, List<UUID> sessions) {
		String cipher = Base64.getEncoder().encodeToString(new byte[64]);
		OffsetDateTime now = OffsetDateTime.now();
		List<Object[]> persons = new ArrayList<>();
		List<Object[]> contacts = new ArrayList<>();
		List<Object[]> identifiers = new ArrayList<>();
		List<Object[]> registrations = new ArrayList<>();
		for (int i = 0; i < RAW; i++) {
			UUID person = UUID.randomUUID();
			String email = "raw" + i + "@bench.example.org";
			persons.add(
					new Object[] { person, "Raw", "Person " + i, "person " + i + " raw", "nl", "UNKNOWN_LEGACY", now });
			contacts.add(new Object[] { UUID.randomUUID(), person, email, email });
			identifiers.add(new Object[] { UUID.randomUUID(), person, cipher, Sha256.hex("index " + i),
					"••••••••••" + (i % 10) });
			registrations.add(new Object[] { UUID.randomUUID(), sessions.get(i % sessions.size()), person, cipher,
					Sha256.hex("token " + i), now });
		}
		long start = System.nanoTime();
		for (int from = 0; from < RAW; from += 1_000) {
			int to = Math.min(RAW, from + 1_000);
			jdbc.batchUpdate("INSERT INTO people_person (id, first_name, last_name, search_name, language, provenance, "
					+ "restricted, created_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?)", persons.subList(from, to));
			jdbc.batchUpdate("INSERT INTO people_contact_point (id, person_id, kind, usage, contact_value, lookup_key) "
					+ "VALUES (?, ?, 'EMAIL', 'BUSINESS', ?, ?)", contacts.subList(from, to));
			jdbc.batchUpdate("INSERT INTO people_identifier (id, person_id, kind, value_cipher, blind_index, masked) "
					+ "VALUES (?, ?, 'NATIONAL_NUMBER', ?, ?, ?)", identifiers.subList(from, to));
			jdbc.batchUpdate(
					"INSERT INTO enrolment_registration (id, session_id, participant_id, status, source, remark, "
							+ "cancel_token_hash, registered_at) VALUES (?, ?, ?, 'CONFIRMED', 'STAFF', ?, ?, ?)",
					registrations.subList(from, to));
		}
		return RAW / ((System.nanoTime() - start) / 1e9);
	}

	private record Timing(HttpLoad.Result result) {

		String row(String path) {
			return String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.1f | %.1f | %d |", path, this.result.answered(),
					this.result.perSecond(), this.result.percentileMillis(50), this.result.percentileMillis(99),
					this.result.errors());
		}

	}

}
