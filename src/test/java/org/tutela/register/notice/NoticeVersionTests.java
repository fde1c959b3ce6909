package org.tutela.register.notice;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.identity.Role;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisations;
import org.tutela.register.Register;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change of the pack is a notice version with its changes; clients are told of fundamental ones (MEN-1). */
@HttpTest
class NoticeVersionTests {

	@LocalServerPort
	int port;

	@Autowired
	NoticeVersions versions;

	@Autowired
	Register register;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	Clock clock;

	@Autowired
	TestAccounts accounts;

	@TempDir
	Path dir;

	@AfterEach
	void backToTheActivePack() {
		SecurityContextHolder.clearContext();
		this.versions.recordActive();
	}

	@Test
	void theActivePackIsRecordedOnceAtStart() {
		long before = count();
		this.versions.recordActive();
		assertThat(count()).isEqualTo(before).isPositive();
		assertThat(latestHash()).hasSize(64);
	}

	@Test
	void aNewProcessorIsAFundamentalChangeAndTheCurrentClientsAreListedToTell_MEN1() throws Exception {
		String client = "Notice Client " + UUID.randomUUID().toString().substring(0, 8);
		String former = "Former Client " + UUID.randomUUID().toString().substring(0, 8);
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.manage", "backoffice"));
		this.organisations.add(organisation(client, LocalDate.of(2020, 1, 1), null));
		this.organisations.add(organisation(former, LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)));
		SecurityContextHolder.clearContext();

		long seq = recordChanged(this.register.source()
			.replace("version: 1\n", "version: 2\n")
			.replace("processors:\n", """
					processors:
					  - name: Survey tool
					    service: course evaluations
					    agreement: signed
					    country: US
					    transfer: scc
					"""));

		NoticeChange change = readAsCoordinator(seq);
		assertThat(change.version().fundamental()).isTrue();
		assertThat(change.version().packVersion()).isEqualTo(2);
		assertThat(change.changes()).extracting(PackChange::what).contains("processor added: Survey tool");
		assertThat(change.diff()).contains("+  - name: Survey tool", "+    transfer: scc");

		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		HttpResponse<String> page = coordinator.get("/admin/register/notices/" + seq + "?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("processor added: Survey tool", "Clients and members to tell", client)
			.doesNotContain(former);
		UUID clientId = this.jdbc.sql("SELECT id FROM people_organisation WHERE name = ?").param(client).query(UUID.class).single();

		HttpResponse<String> told = coordinator.post("/admin/register/notices/" + seq + "/told", "organisation",
				clientId.toString());

		assertThat(told.statusCode()).isEqualTo(302);
		assertThat(coordinator.get("/admin/register/notices/" + seq + "?lang=en").body())
			.contains(LocalDate.now(this.clock) + ", " + this.accounts.of(Role.COORDINATOR).username());
	}

	@Test
	void changedWordingAloneIsNotFundamental() throws Exception {
		long seq = recordChanged(this.register.source()
			.replace("Newsletters and news about new courses", "Newsletters and news about our new courses"));

		NoticeChange change = readAsCoordinator(seq);
		assertThat(change.version().fundamental()).isFalse();
		assertThat(change.changes()).singleElement()
			.satisfies(item -> assertThat(item.what()).startsWith("activity marketing: purpose wording"));
	}

	private long recordChanged(String source) throws Exception {
		assertThat(source).isNotEqualTo(this.register.source());
		Path file = this.dir.resolve("changed.yaml");
		Files.writeString(file, source);
		new NoticeVersions(new Register("training-company", file.toString()), this.jdbc, this.organisations, this.clock)
			.recordActive();
		return this.jdbc.sql("SELECT MAX(seq) FROM register_notice_version").query(Long.class).single();
	}

	private NoticeChange readAsCoordinator(long seq) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("coordinator", null, "register.read", "backoffice"));
		return this.versions.change(seq);
	}

	private long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM register_notice_version").query(Long.class).single();
	}

	private String latestHash() {
		return this.jdbc.sql("SELECT source_hash FROM register_notice_version ORDER BY seq DESC LIMIT 1")
			.query(String.class)
			.single();
	}

	private static NewOrganisation organisation(String name, LocalDate start, LocalDate end) {
		return new NewOrganisation(name, null, null, null, null, null, MembershipStatus.NONE, null, null, start, end);
	}

}
