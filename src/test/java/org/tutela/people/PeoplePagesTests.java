package org.tutela.people;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's people pages as staff use them: search with paging and the privacy
 * view.
 */
@HttpTest
class PeoplePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Persons persons;

	private final String family = "Vandenbroucke" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void searchPagesThroughTheResultsAndThePersonPageShowsEverythingHeld() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.manage", "backoffice"));
		PersonId first = null;
		for (int i = 0; i < 27; i++) {
			Person person = this.persons
				.register(new NewPerson("Wout" + i, null, this.family, null, "nl", null, Provenance.EMPLOYER,
						List.of(NewContact.business("wout" + i + "." + this.family + "@example.be")), List.of(),
						List.of(new NewIdentifier(IdentifierKind.PERSONNEL_NUMBER, "P-" + this.family + "-" + i))));
			first = first == null ? person.id() : first;
		}
		SecurityContextHolder.clearContext();
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));

		HttpResponse<String> page = coordinator.get("/admin/people?name=" + this.family);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().split("/admin/people/[0-9a-f-]{36}\"", -1)).hasSize(26);
		assertThat(page.body()).contains("page=1");
		HttpResponse<String> second = coordinator.get("/admin/people?name=" + this.family + "&page=1");
		assertThat(second.body().split("/admin/people/[0-9a-f-]{36}\"", -1)).hasSize(3);
		assertThat(second.body()).doesNotContain("page=2");

		HttpResponse<String> person = coordinator.get("/admin/people/" + first);
		assertThat(person.statusCode()).isEqualTo(200);
		assertThat(person.body()).contains("Wout0 " + this.family)
			.contains("Identification number: personnel number")
			.as("the tables and columns are the DPO's, not the coordinator's")
			.doesNotContain("people_contact_point")
			.doesNotContain("PERSONNEL_NUMBER")
			.doesNotContain("P-" + this.family + "-0");
		assertThat(person.body()).as("the activities the data serves, not the catalogue's purposes")
			.contains("Registration for and delivery of training courses",
					"Attestations and certificates of certified courses")
			.doesNotContain("person-administration");
	}

	@Test
	void aTrainerCannotOpenAPersonPage() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.manage", "backoffice"));
		Person person = this.persons.register(new NewPerson("Jef", null, this.family, null, "nl", null,
				Provenance.WEB_FORM, List.of(), List.of(), List.of()));
		SecurityContextHolder.clearContext();
		Browser trainer = new Browser(this.port);
		trainer.signIn(this.accounts.of(Role.TRAINER));
		assertThat(trainer.get("/admin/people/" + person.id()).statusCode()).isEqualTo(403);
		assertThat(trainer.get("/admin/people?name=" + this.family).statusCode()).isEqualTo(403);
	}

	@Test
	void possibleDuplicatesAreNamedAndAMergeIsConfirmedBeforeItIsDone() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.manage", "backoffice"));
		String email = "twice." + this.family + "@example.be";
		Person first = this.persons.register(new NewPerson("Lien", null, this.family, null, "nl", null,
				Provenance.EMPLOYER, List.of(NewContact.business(email)), List.of(), List.of()));
		Person second = this.persons.register(new NewPerson("Lieke", null, this.family, null, "nl", null,
				Provenance.EMPLOYER, List.of(NewContact.business(email)), List.of(), List.of()));
		SecurityContextHolder.clearContext();
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));

		String page = coordinator.get("/admin/people/duplicates?lang=en").body();
		assertThat(page).contains(">Lien " + this.family + "<", ">Lieke " + this.family + "<")
			.containsPattern("the record of Lie(ke|n) " + this.family + " is then deleted\\. This cannot be undone\\.")
			.doesNotContain(">" + first.id() + "<", ">" + second.id() + "<");
	}

}
