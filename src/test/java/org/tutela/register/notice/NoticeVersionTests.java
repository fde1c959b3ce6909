package org.tutela.register.notice;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.identity.Role;
import org.tutela.people.ContactRole;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewContact;
import org.tutela.people.NewOrganisation;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.register.Register;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change of the pack is a notice version with its changes; clients are told of
 * fundamental ones (MEN-1).
 */
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

	@Autowired
	Persons persons;

	@Autowired
	ClientMailing mailing;

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@TempDir
	Path dir;

	@AfterEach
	void backToTheActivePack() {
		SecurityContextHolder.clearContext();
		this.versions.recordActive();
	}

	@Test
	void theActivePackIsRecordedOnlyOnce() {
		this.versions.recordActive();
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

		long seq = recordChanged(nextVersion().replace("processors:\n", """
				processors:
				  - name: Survey tool
				    service: course evaluations
				    agreement: signed
				    country: US
				    transfer: scc
				"""));

		NoticeChange change = readAsCoordinator(seq);
		assertThat(change.version().fundamental()).isTrue();
		assertThat(change.version().packVersion()).isEqualTo(this.register.pack().version() + 1);
		assertThat(change.changes()).extracting(PackChange::what).contains("processor added: Survey tool");
		assertThat(change.diff()).contains("+  - name: Survey tool", "+    transfer: scc");

		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		HttpResponse<String> page = coordinator.get("/admin/register/notices/" + seq + "?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("processor added: Survey tool", "Clients and members to tell", client)
			.doesNotContain(former);
		UUID clientId = this.jdbc.sql("SELECT id FROM people_organisation WHERE name = ?")
			.param(client)
			.query(UUID.class)
			.single();

		HttpResponse<String> told = coordinator.post("/admin/register/notices/" + seq + "/told", "organisation",
				clientId.toString());

		assertThat(told.statusCode()).isEqualTo(302);
		assertThat(coordinator.get("/admin/register/notices/" + seq + "?lang=en").body())
			.contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(Locale.ENGLISH)
				.format(LocalDate.now(this.clock)) + ", " + this.accounts.of(Role.COORDINATOR).username());
	}

	@Test
	void theClientsContactsAreToldByEMailInTheirLanguageOnceAndTheInvoiceContactIsLeftOut_MEN1_VCK13()
			throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String hr = "hr+" + tag + "@client.example.be";
		String invoices = "invoices+" + tag + "@client.example.be";
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.manage", "backoffice"));
		UUID client = this.organisations.add(organisation("Mailed Client " + tag, LocalDate.of(2021, 1, 1), null)).id();
		this.organisations.addContact(client, contact("Lotte", hr, "nl"), ContactRole.HR);
		this.organisations.addContact(client, contact("Marc", invoices, "fr"), ContactRole.INVOICE);
		String silent = "Silent Client " + tag;
		this.organisations.add(organisation(silent, LocalDate.of(2021, 1, 1), null));
		long seq = recordChanged(
				nextVersion().replace("  - delete 1 year after collection\n", "  - delete 2 years after collection\n"));
		SecurityContextHolder.getContext()
			.setAuthentication(
					new TestingAuthenticationToken("dpo-user", null, "register.read", "people.read", "backoffice"));

		ClientsTold told = this.mailing.tell(seq);

		assertThat(told.withoutAddress()).contains(silent);
		List<MimeMessage> toHr = received(hr);
		assertThat(toHr).singleElement().satisfies(message -> {
			assertThat(message.getSubject())
				.isEqualTo("Onze privacyverklaring is gewijzigd (versie " + (this.register.pack().version() + 1) + ")");
			assertThat(GreenMailUtil.getBody(message)).contains("Beste Lotte Peeters",
					"activity information-requests: retention", "/privacy?lang=nl");
		});
		assertThat(received(invoices)).isEmpty();
		assertThat(this.versions.organisationsToTell(seq)).filteredOn(organisation -> organisation.id().equals(client))
			.singleElement()
			.satisfies(organisation -> assertThat(organisation.toldBy()).isEqualTo("dpo-user"));

		this.mailing.tell(seq);
		assertThat(received(hr)).as("an organisation told already is not told again").hasSize(1);
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

	@Test
	void allowingStorageOutsideTheEeaAfterRefusingItIsFundamentalAndRefusingItIsNot_CER8() throws Exception {
		long refusing = recordChanged(this.register.source() + "\nstorage-outside-eea: refused\n");
		NoticeChange tightened = readAsCoordinator(refusing);
		assertThat(tightened.version().fundamental()).isFalse();
		assertThat(tightened.changes()).extracting(PackChange::what)
			.containsExactly("storage outside the EEA: allowed -> refused");

		record("allowed-again.yaml", this.register.source());
		NoticeChange loosened = readAsCoordinator(
				this.jdbc.sql("SELECT MAX(seq) FROM register_notice_version").query(Long.class).single());
		assertThat(loosened.version().fundamental()).isTrue();
		assertThat(loosened.changes()).extracting(PackChange::what)
			.containsExactly("storage outside the EEA: refused -> allowed");
	}

	/**
	 * Records the active pack and then the changed one, so that the change is measured
	 * against this pack, whatever pack another test's application recorded last.
	 */
	private long recordChanged(String source) throws Exception {
		assertThat(source).isNotEqualTo(this.register.source());
		record("active.yaml", this.register.source());
		record("changed.yaml", source);
		return this.jdbc.sql("SELECT MAX(seq) FROM register_notice_version").query(Long.class).single();
	}

	private void record(String name, String source) throws Exception {
		Path file = this.dir.resolve(name);
		Files.writeString(file, source);
		new NoticeVersions(new Register("training-company", file.toString()), this.jdbc, this.organisations, this.clock)
			.recordActive();
	}

	private NoticeChange readAsCoordinator(long seq) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("coordinator", null, "register.read", "backoffice"));
		return this.versions.change(seq);
	}

	private List<MimeMessage> received(String address) throws Exception {
		List<MimeMessage> messages = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				messages.add(message);
			}
		}
		return messages;
	}

	private PersonId contact(String first, String email, String language) {
		return this.persons
			.register(new NewPerson(first, null, "Peeters", null, language, null, Provenance.EMPLOYER,
					List.of(NewContact.business(email)), List.of(), List.of()))
			.id();
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

	/** The active pack's source, one version further. */
	private String nextVersion() {
		int version = this.register.pack().version();
		return this.register.source().replace("version: " + version + "\n", "version: " + (version + 1) + "\n");
	}

}
