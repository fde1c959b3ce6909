package org.tutela.incidents;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.identity.Role;
import org.tutela.incidents.BreachClock.Kind;
import org.tutela.incidents.breach.BreachReminders;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.platform.dashboard.DashboardPanel.Panel;
import org.tutela.platform.dates.Dates;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.testing.Mailbox;
import org.tutela.testing.PdfText;
import org.tutela.testing.MovableClock;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The breach register of a prevention service, with the clock moved: the authority's
 * clock runs 72 hours straight through the weekend, the clients' 48 hours, a breach
 * assessed as no risk has no authority clock, the data protection officers are reminded
 * 24 and 4 hours before a clock passes, each reminder once, and bad input is refused
 * beside its field with nothing stored.
 */
@SpringBootTest(properties = "tutela.policy.pack=prevention-service")
@Import(MovableClock.Configuration.class)
@DirtiesContext
class BreachRegisterTests {

	/** A Friday. */
	private static final LocalDateTime FRIDAY_17 = LocalDateTime.of(2026, 12, 4, 17, 0);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	Breaches breaches;

	@Autowired
	BreachReminders reminders;

	@Autowired
	List<DashboardPanel> panels;

	@Autowired
	MovableClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Dates dates;

	@Autowired
	Organisations organisations;

	@Value("${tutela.time-zone}")
	ZoneId zone;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void aBreachDiscoveredOnFridayAt17IsDueAtTheAuthorityOnMondayAt17AndTheDpoIsRemindedOnce_MEN23_ALL4()
			throws Exception {
		String dpo = "dpo-" + System.nanoTime() + "@example.org";
		this.accounts.freshWithEmail(Role.DPO, dpo);
		this.clock.at(FRIDAY_17.plusMinutes(30));
		Breach breach = dpo(() -> this.breaches.record(form("2026-12-04T17:00", "RISK")));
		// The clients are contacted that evening: only the authority's clock runs on.
		dpo(() -> this.breaches.clientsContacted(breach.id(), "2026-12-04T17:20"));

		assertThat(breach.clock(Kind.AUTHORITY).orElseThrow().due())
			.isEqualTo(LocalDateTime.of(2026, 12, 7, 17, 0).atZone(this.zone).toInstant());
		assertThat(breach.clock(Kind.CLIENTS).orElseThrow().due())
			.isEqualTo(LocalDateTime.of(2026, 12, 6, 17, 0).atZone(this.zone).toInstant());

		remindAt(FRIDAY_17.plusDays(2).minusMinutes(1));
		assertThat(reminders(breach)).isEmpty();
		remindAt(FRIDAY_17.plusDays(2));
		remindAt(FRIDAY_17.plusDays(2).plusHours(1));
		assertThat(reminders(breach)).containsExactly(24);
		remindAt(FRIDAY_17.plusDays(3).minusHours(4).minusMinutes(1));
		assertThat(reminders(breach)).containsExactly(24);
		remindAt(FRIDAY_17.plusDays(3).minusHours(4));
		remindAt(FRIDAY_17.plusDays(3).minusHours(2));
		assertThat(reminders(breach)).containsExactly(4, 24);

		String subject = "Breach " + breach.reference() + ": ";
		MimeMessage day = Mailbox.await(smtp, dpo, subject + "24 hours left (Authority notified)").get(0);
		Mailbox.await(smtp, dpo, subject + "4 hours left (Authority notified)");
		assertThat(Mailbox.decoded((String) day.getContent())).contains(
				this.dates.moment(breach.clock(Kind.AUTHORITY).orElseThrow().due(), Locale.ENGLISH),
				"/admin/breaches/" + breach.id());
		Thread.sleep(2_500);
		assertThat(Mailbox.to(smtp, dpo, subject)).hasSize(2);

		// Passed with nothing done: marked late, once, on the mail and the dashboard.
		remindAt(FRIDAY_17.plusDays(3).plusMinutes(1));
		remindAt(FRIDAY_17.plusDays(3).plusMinutes(10));
		assertThat(Mailbox.await(smtp, dpo, "LATE: breach " + breach.reference())).hasSize(1);
		Panel panel = Staff.as(() -> this.panels.stream()
			.map(each -> each.panel(Locale.ENGLISH))
			.flatMap(Optional::stream)
			.filter(each -> each.title().equals("Breach register"))
			.findFirst()
			.orElseThrow(), "backoffice", "breaches.manage");
		assertThat(panel.lines()).anySatisfy(line -> {
			assertThat(line.text()).isEqualTo(breach.reference() + " · Authority notified");
			assertThat(line.detail()).isEqualTo("LATE: was due "
					+ this.dates.moment(breach.clock(Kind.AUTHORITY).orElseThrow().due(), Locale.ENGLISH));
		});

		// The initial notification stops the clock; it stays marked as late.
		Breach notified = dpo(() -> this.breaches.submitted(breach.id(), "INITIAL", "2026-12-07T17:05", "GBA-123"));
		BreachClock authority = notified.clock(Kind.AUTHORITY).orElseThrow();
		assertThat(authority.open()).isFalse();
		assertThat(authority.late()).isTrue();
	}

	@Test
	void theClientsAreContactedWithin48HoursWhateverTheRiskAndTheirClockIsRemindedToo_MEN23() throws Exception {
		String dpo = "dpo-" + System.nanoTime() + "@example.org";
		this.accounts.freshWithEmail(Role.DPO, dpo);
		this.clock.at(FRIDAY_17.plusMinutes(5));
		Breach breach = dpo(() -> this.breaches.record(form("2026-12-04T17:00", "NONE")));

		assertThat(breach.clocks()).extracting(BreachClock::kind).containsExactly(Kind.CLIENTS);
		remindAt(FRIDAY_17.plusDays(2).minusHours(3));
		assertThat(Mailbox.await(smtp, dpo,
				"Breach " + breach.reference() + ": 4 hours left (Client organisations contacted)"))
			.hasSize(1);
		assertThat(reminders(breach)).containsExactly(4);
	}

	@Test
	void aBreachAssessedAsNoRiskHasNoAuthorityClockUntilItIsAssessedAgain_MEN23() {
		this.clock.at(FRIDAY_17.plusHours(1));
		Breach none = dpo(() -> this.breaches.record(form("2026-12-04T17:00", "NONE")));
		assertThat(none.clock(Kind.AUTHORITY)).isEmpty();

		Breach risk = dpo(() -> this.breaches.change(none.id(), form("2026-12-04T17:00", "HIGH")));
		assertThat(risk.clock(Kind.AUTHORITY)).isPresent();
		assertThat(this.jdbc.sql("SELECT fields FROM audit_entry WHERE detail = :detail")
			.param("detail", "breach " + none.reference() + " changed, assessed high")
			.query(String.class)
			.single()).isEqualTo("risk");
	}

	@Test
	void aDiscoveryInTheFutureNulBytesAndLongTextsAreRefusedBesideTheirFieldsAndNothingIsStored() {
		this.clock.at(FRIDAY_17);
		int before = count();
		BreachForm bad = new BreachForm("Lost\u0000laptop", "x".repeat(100_000), "2026-12-05T09:00", "2026-12-04T17:01",
				"Names", "Workers", "about 12", null, null, null, null, "SEVERE", "");

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> dpo(() -> this.breaches.record(bad)))
			.satisfies(invalid -> assertThat(invalid.byField()).containsEntry("title", "control-characters")
				.containsEntry("whatHappened", "too-long")
				.containsEntry("discoveredAt", "breach.future")
				.containsEntry("beganAt", "breach.future")
				.containsEntry("persons", "breach.number")
				.containsEntry("risk", "breach.risk")
				.containsEntry("reasoning", "required"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theNotificationFollowsTheBelgianFormIsSubmittedInPhasesAndThePdfHoldsTheFile_MEN23() throws Exception {
		this.clock.at(FRIDAY_17.plusHours(2));
		Breach breach = dpo(() -> this.breaches.record(form("2026-12-04T17:00", "HIGH")));
		AuthorityNotification notification = dpo(() -> this.breaches.notification(breach.id(), Locale.ENGLISH));

		assertThat(notification.country()).isEqualTo("BE");
		assertThat(notification.items()).extracting(NotificationItem::heading)
			.containsExactly("Kind of notification", "Controller", "Data protection officer, for more information",
					"When the breach began and was discovered", "Nature and circumstances of the breach",
					"Categories of personal data and approximate number of records",
					"Categories and approximate number of persons concerned", "Likely consequences",
					"Measures taken or proposed", "Communication to the persons concerned");
		assertThat(notification.items().get(6).lines()).containsExactly("Workers of client companies",
				"About 120 persons");

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> dpo(() -> this.breaches.submitted(breach.id(), "COMPLEMENT", "2026-12-04T18:00", null)))
			.satisfies(invalid -> assertThat(invalid.byField()).containsEntry("phase", "breach.initial-first"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> dpo(() -> this.breaches.submitted(breach.id(), "INITIAL", "2026-12-04T16:00", null)))
			.satisfies(
					invalid -> assertThat(invalid.byField()).containsEntry("submittedAt", "breach.before-discovery"));
		dpo(() -> this.breaches.submitted(breach.id(), "INITIAL", "2026-12-04T18:00", "DBN-2026-0042"));
		this.clock.at(FRIDAY_17.plusDays(3));
		Breach complemented = dpo(
				() -> this.breaches.submitted(breach.id(), "COMPLEMENT", "2026-12-07T16:30", "DBN-2026-0042"));

		assertThat(complemented.submissions()).extracting(BreachSubmission::phase)
			.containsExactly(BreachSubmission.Phase.INITIAL, BreachSubmission.Phase.COMPLEMENT);
		assertThat(complemented.clock(Kind.AUTHORITY).orElseThrow().late()).isFalse();
		byte[] pdf = dpo(() -> this.breaches.file(breach.id(), Locale.ENGLISH));
		assertThat(PdfText.of(pdf)).contains("Breach " + breach.reference(), "Complement to the initial notification",
				"DBN-2026-0042", "About 120 persons", "About 450 records", "Laptop locked remotely",
				"Initial notification, submitted", "Complement, submitted", "Told: the risk to them is high");
		PdfText.lookAt(pdf, "breach-file");
	}

	@Test
	void theClientOrganisationsConcernedAreListedAndEachTellingIsRecordedOnce_MEN23() {
		this.clock.at(FRIDAY_17.plusHours(3));
		Breach breach = dpo(() -> this.breaches.record(form("2026-12-04T17:00", "RISK")));
		Organisation client = Staff
			.as(() -> this.organisations.add(new NewOrganisation("Breach Client " + System.nanoTime(), null, null, null,
					null, null, MembershipStatus.NONE, null, null, null, null)), "people.manage");

		dpo(() -> {
			this.breaches.listClient(breach.id(), client.id());
			return null;
		});
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> dpo(() -> {
			this.breaches.listClient(breach.id(), client.id());
			return null;
		})).satisfies(invalid -> assertThat(invalid.byField()).containsEntry("organisation", "breach.client-listed"));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> dpo(() -> {
			this.breaches.listClient(breach.id(), UUID.randomUUID());
			return null;
		}))
			.satisfies(invalid -> assertThat(invalid.byField()).containsEntry("organisation",
					"breach.unknown-organisation"));
		dpo(() -> {
			this.breaches.clientTold(breach.id(), client.id(), "2026-12-04T19:30");
			return null;
		});
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> dpo(() -> {
			this.breaches.clientTold(breach.id(), client.id(), "2026-12-04T19:45");
			return null;
		})).satisfies(invalid -> assertThat(invalid.byField()).containsEntry("toldAt", "breach.client-told"));

		List<BreachClient> clients = dpo(() -> this.breaches.clients(breach.id()));
		assertThat(clients).singleElement().satisfies(listed -> {
			assertThat(listed.name()).isEqualTo(client.name());
			assertThat(listed.toldAt()).isEqualTo(LocalDateTime.of(2026, 12, 4, 19, 30).atZone(this.zone).toInstant());
		});
	}

	private void remindAt(LocalDateTime moment) {
		this.clock.at(moment);
		this.reminders.remind();
	}

	private List<Integer> reminders(Breach breach) {
		return this.jdbc
			.sql("SELECT hours_before FROM incidents_breach_reminder WHERE breach_id = :id ORDER BY hours_before")
			.param("id", breach.id())
			.query(Integer.class)
			.list();
	}

	private int count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM incidents_breach").query(Integer.class).single();
	}

	static BreachForm form(String discovered, String risk) {
		return new BreachForm("Laptop stolen from a car", "A laptop with the planning of examinations was stolen.",
				null, discovered, "Names, employers and dates of medical examinations", "Workers of client companies",
				"120", "450", "Workers' appointments known to a stranger", "Laptop locked remotely",
				"Encrypt every laptop's disk", risk, "The disk was not encrypted.");
	}

	static <T> T dpo(Supplier<T> work) {
		return Staff.as(work, "backoffice", "breaches.manage");
	}

}
