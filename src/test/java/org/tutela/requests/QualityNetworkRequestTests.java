package org.tutela.requests;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.testing.Browser;
import org.tutela.testing.Mailbox;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.requests.RequestFixtures.dpo;
import static org.tutela.requests.RequestFixtures.link;

/**
 * The quality network: access on request by e-mail gives a printable overview of
 * everything held (VCK-9); after an erasure the name stays with a note of the request, so
 * the person is not added again (VCK-12).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=quality-network")
@Import(RequestFixtures.class)
@DirtiesContext
class QualityNetworkRequestTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	RequestFixtures fixtures;

	@Autowired
	DpoDesk desk;

	@Autowired
	RequestAnswers answers;

	@Autowired
	Persons persons;

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anAccessRequestGivesAPrintableOverviewAndMachineReadableCopies_VCK9() throws Exception {
		String email = "greet+" + this.tag + "@example.be";
		this.fixtures.person("Greet", "Verhoeven", email);
		Browser visitor = new Browser(this.port);
		visitor.get("/requests");
		assertThat(visitor.post("/requests", "right", "ACCESS", "name", "Greet Verhoeven", "email", email).body())
			.contains("id=\"outcome\"");
		String challenge = link(Mailbox.await(smtp, email, "Please confirm your request"), "/requests/confirm/");
		assertThat(visitor.get("/requests/confirm/" + challenge).body()).doesNotContain("id=\"outcome\"");
		assertThat(visitor.post("/requests/confirm/" + challenge).body()).contains("your request is confirmed");
		DataRequest request = dpo(() -> this.desk.open()).stream()
			.filter(open -> email.equals(open.requesterEmail()))
			.findFirst()
			.orElseThrow();
		dpo(() -> this.answers.answerAccess(request.id(), null));

		String token = link(Mailbox.await(smtp, email, "The overview of your data"), "/requests/download/");
		String page = visitor.get("/requests/download/" + token + "?lang=en").body();
		String relations = "Keeping in touch with the professionals of our network";
		assertThat(page).contains(relations).contains("Verhoeven").contains(email);
		assertThat(PdfText.of(visitor.download("/requests/download/" + token + ".pdf?lang=en").body()))
			.contains("Verhoeven")
			.contains(relations);
		assertThat(visitor.get("/requests/download/" + token + ".json?lang=en").body())
			.contains("{\"column\":\"last_name\",\"label\":\"Last name\",\"value\":\"Verhoeven\"}");
		assertThat(visitor.get("/requests/download/" + token + ".csv?lang=en").body())
			.contains("people_person,Your details,last_name,Last name,Verhoeven");
		assertThat(visitor.get("/requests/download/expired-or-made-up").statusCode()).isEqualTo(409);
	}

	@Test
	void afterAnErasureTheNameStaysWithANoteSoThePersonIsNotAddedAgain_VCK12() {
		String email = "bart+" + this.tag + "@example.be";
		PersonId person = this.fixtures.person("Bart", "Smet" + this.tag, email);
		DataRequest request = this.fixtures.verified(person, Right.ERASURE);

		assertThat(dpo(() -> this.answers.erase(request.id())).complete()).isTrue();

		assertThat(this.jdbc
			.sql("SELECT first_name, last_name, note, email_hash FROM people_erasure_mark WHERE last_name = :last")
			.param("last", "Smet" + this.tag)
			.query()
			.singleRow()).satisfies(mark -> {
				assertThat(mark.get("first_name")).isEqualTo("Bart");
				assertThat(String.valueOf(mark.get("note"))).contains(request.id().toString());
				assertThat(mark.get("email_hash")).isNull();
			});
		assertThatThrownBy(() -> Staff.coordinator(() -> this.persons.register(new NewPerson("bart", null,
				("Smet" + this.tag).toUpperCase(Locale.ROOT), null, "nl", null, Provenance.IMPORT,
				List.of(NewContact.business("other+" + this.tag + "@example.be")), List.of(), List.of()))))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
				.anySatisfy(error -> assertThat(error.field()).isEqualTo("lastName")));
	}

}
