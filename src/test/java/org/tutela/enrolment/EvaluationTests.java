package org.tutela.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Session;
import org.tutela.identity.Role;
import org.tutela.register.Register;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trainer evaluations: one link per participant, answers kept without a name, a link used
 * only once, and results shown only as averages once the pack's threshold k is reached
 * (MEN-8).
 */
@HttpTest
@Import(TrainingFixtures.class)
class EvaluationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final Pattern LINK = Pattern.compile("(/evaluate/[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Register register;

	@Autowired
	Evaluations evaluations;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void resultsStayHiddenBelowTheThresholdAndShowOnlyAveragesFromIt_MEN8() throws Exception {
		int k = this.register.pack().reportThreshold();
		var trainerAccount = this.accounts.of(Role.TRAINER);
		Session session = this.training.session(this.training.course(false, 7, null), k + 1,
				LocalDate.now().plusDays(2), 1, List.of(trainerAccount.id().value()));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		List<String> emails = new ArrayList<>();
		for (int i = 0; i <= k; i++) {
			String email = "p" + i + "+" + tag + "@example.org";
			emails.add(email);
			Staff.coordinator(() -> this.registering.registerByStaff(session.id(), new RegistrationForm("Person",
					"Number" + (char) ('A' + emails.size()), email, null, null, null, null, null, false, false, null),
					"en"));
		}
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		coordinator.get("/admin/sessions/" + session.id() + "/evaluations");
		coordinator.post("/admin/sessions/" + session.id() + "/evaluations");

		Browser participant = new Browser(this.port);
		List<String> links = new ArrayList<>();
		for (String email : emails) {
			Matcher link = LINK
				.matcher(Mailbox.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, email, "How was").get(0))));
			assertThat(link.find()).isTrue();
			links.add(link.group(1));
		}
		for (int i = 0; i < k - 1; i++) {
			answer(participant, links.get(i), "4", "5", i == 0 ? "Clear examples" : "");
		}
		Browser trainer = new Browser(this.port);
		trainer.signIn(trainerAccount);
		String hidden = trainer.get("/admin/sessions/" + session.id() + "/evaluations?lang=en").body();
		assertThat(hidden)
			.contains((k + 1) + " invited, " + (k - 1) + " answered.", "Results are shown from " + k + " answers")
			.doesNotContain("Clear examples");

		answer(participant, links.get(k - 1), "2", "5", "");
		String shown = trainer.get("/admin/sessions/" + session.id() + "/evaluations?lang=en").body();
		double trainerAverage = (4.0 * (k - 1) + 2) / k;
		assertThat(shown).contains(String.format(java.util.Locale.ENGLISH, "%.1f / 5", trainerAverage), "5.0 / 5",
				"Clear examples");

		participant.get(links.get(0));
		assertThat(participant.post(links.get(0), "trainer", "1", "content", "1", "organisation", "1").statusCode())
			.as("a link is used once")
			.isEqualTo(404);
	}

	@Test
	void theDayAfterASessionItsParticipantsGetTheirLinksWithoutAnyoneAsking() throws Exception {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(2));
		String email = "after+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm("Rik", "Smet", email, null, null, null, null, null, null, null, null), "en"));
		this.evaluations.inviteAfterSessions();
		Thread.sleep(1500);
		assertThat(Mailbox.to(smtp, email, "How was")).as("not before the session is over").isEmpty();
		this.jdbc.sql("UPDATE catalog_session SET first_day = :day, last_day = :day WHERE id = :id")
			.param("day", LocalDate.now().minusDays(1))
			.param("id", session.id())
			.update();

		assertThat(this.evaluations.inviteAfterSessions()).isGreaterThanOrEqualTo(1);
		assertThat(Mailbox.await(smtp, email, "How was")).hasSize(1);
		this.evaluations.inviteAfterSessions();
		Thread.sleep(1500);
		assertThat(Mailbox.to(smtp, email, "How was")).as("one link each").hasSize(1);
	}

	private static void answer(Browser participant, String link, String trainer, String content, String comment) {
		assertThat(participant.get(link + "?lang=en").body()).contains("stored without your name");
		assertThat(
				participant.post(link, "trainer", trainer, "content", content, "organisation", "5", "comment", comment)
					.body())
			.contains("Thank you for your evaluation");
	}

}
