package org.tutela.network;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.outreach.Campaign;
import org.tutela.outreach.Campaigns;
import org.tutela.outreach.ImportReport;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.NewCampaign;
import org.tutela.outreach.NewMailingList;
import org.tutela.outreach.Variant;
import org.tutela.people.ImportReport.RowError;
import org.tutela.people.MailAddresses;
import org.tutela.people.PersonImports;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.RequestFixtures;
import org.tutela.testing.Browser;
import org.tutela.testing.ImportReports;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quality network's other promises, end to end: contacts of unknown origin from the
 * legacy CRM are mailed unless they opted out (VCK-2); no data of minors is taken, on a
 * form or from an import (VCK-11); the members' monthly sign-ins are recorded for their
 * portal accounts too (VCK-10).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=quality-network")
@Import({ TrainingFixtures.class, NetworkFixtures.class, RequestFixtures.class })
class NetworkPromisesTests {

	private static final String[] MARKETING = { "backoffice", "people.read", "people.manage", "outreach.manage" };

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	PersonImports imports;

	@Autowired
	MailingLists lists;

	@Autowired
	Campaigns campaigns;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	MailAddresses addresses;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void legacyContactsOfUnknownOriginAreMailedUnlessTheyOptedOut_VCK2() throws Exception {
		String file = String
			.join("\n", "first_name;last_name;language;email", "Lies;Oud-%1$s;nl;lies.%1$s@crm.example.be",
					"Mark;Oud-%1$s;nl;mark.%1$s@crm.example.be", "Nele;Oud-%1$s;nl;nele.%1$s@crm.example.be", "")
			.formatted(this.tag);
		Staff.as(() -> {
			var checked = ImportReports.finished(this.imports,
					this.imports.check("crm.csv", file.getBytes(StandardCharsets.UTF_8), Provenance.UNKNOWN_LEGACY));
			assertThat(checked.errors()).isEmpty();
			this.imports.confirm(checked.id());
			return ImportReports.finished(this.imports, checked.id());
		}, MARKETING);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM people_person WHERE last_name = ? AND provenance = 'UNKNOWN_LEGACY'")
			.param("Oud-" + this.tag)
			.query(Integer.class)
			.single()).isEqualTo(3);
		PersonId mark = this.addresses.personWith(email("mark")).orElseThrow();
		PersonId nele = this.addresses.personWith(email("nele")).orElseThrow();
		this.ledger.record(mark, "mailings", ChoiceKind.OBJECTED, Evidence.of(Channel.EMAIL_LINK));

		Campaign sent = Staff.as(() -> {
			MailingList mailings = this.lists.create(new NewMailingList("crm-" + this.tag, "Network news " + this.tag,
					"mailings", ListCategory.MARKETING));
			ImportReport added = this.lists.add(mailings.code(), List.of(email("lies"), email("mark"), email("nele")));
			assertThat(added.added()).isEqualTo(2);
			assertThat(added.suppressed()).containsExactly(email("mark"));
			// Nele opts out once she is on the list: she is left out when the mailing
			// goes.
			this.ledger.record(nele, "mailings", ChoiceKind.OBJECTED, Evidence.of(Channel.EMAIL_LINK));
			Campaign campaign = this.campaigns.create(new NewCampaign(mailings.code(),
					List.of(new Variant("nl", "Nieuws " + this.tag, "Ons nieuws van deze maand."))));
			return this.campaigns.send(campaign.id());
		}, MARKETING);

		assertThat(Mailbox.await(smtp, email("lies"), "Nieuws " + this.tag)).hasSize(1);
		assertThat(sent.progress().total()).isEqualTo(1);
		assertThat(Mailbox.to(smtp, email("mark"), "Nieuws " + this.tag)).isEmpty();
		assertThat(Mailbox.to(smtp, email("nele"), "Nieuws " + this.tag)).isEmpty();
	}

	@Test
	void aMinorIsRefusedOnThePeopleFormWithTheReasonBesideTheBirthDate_VCK11() {
		Browser coordinator = new Browser(this.port).accepting("text/html");
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		coordinator.get("/admin/people/new");
		String refused = coordinator
			.post("/admin/people/new?lang=en", "firstName", "Tim", "lastName", "Jong-" + this.tag, "birthDate",
					LocalDate.now().minusYears(17).toString(), "language", "nl", "provenance", "WEB_FORM")
			.body();
		assertThat(refused)
			.containsPattern("id=\"birthDate-error\"[^>]*>This organisation does not keep data of minors");
		assertThat(lastNamed("Jong-" + this.tag)).isZero();

		coordinator.post("/admin/people/new?lang=en", "firstName", "Tim", "lastName", "Jong-" + this.tag, "birthDate",
				LocalDate.now().minusYears(18).toString(), "language", "nl", "provenance", "WEB_FORM");
		assertThat(lastNamed("Jong-" + this.tag)).isOne();
	}

	@Test
	void anImportReportsTheRowsOfMinorsAndStoresOnlyTheAdults_VCK11() {
		String file = String.join("\n", "first_name;last_name;language;birth_date",
				"Olga;Volwassen-%1$s;nl;%2$s".formatted(this.tag, "01/01/1980"),
				"Pim;Kind-%1$s;nl;%2$s".formatted(this.tag,
						LocalDate.now()
							.minusYears(12)
							.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
				"");
		var report = Staff.as(() -> {
			var checked = ImportReports.finished(this.imports,
					this.imports.check("leden.csv", file.getBytes(StandardCharsets.UTF_8), Provenance.IMPORT));
			assertThat(checked.errors()).containsExactly(new RowError(3, "birth_date", "minor"));
			this.imports.confirm(checked.id());
			return ImportReports.finished(this.imports, checked.id());
		}, MARKETING);
		assertThat(report.importedRows()).isOne();
		assertThat(lastNamed("Volwassen-" + this.tag)).isOne();
		assertThat(lastNamed("Kind-" + this.tag)).isZero();
	}

	@Test
	void theMonthlySignInRecordCountsAMembersPortalAccount_VCK10() {
		TestAccount member = this.accounts.portalWithPassword(Role.CLIENT_CONTACT, email("member"));
		new Browser(this.port).signIn(member);
		Browser dpo = new Browser(this.port);
		dpo.signIn(this.accounts.of(Role.DPO));
		String report = dpo.get("/admin/logins?lang=en").body();
		String row = report.substring(report.indexOf("<td>" + member.username() + "</td>"));
		row = row.substring(0, row.indexOf("</tr>"));
		List<String> months = new ArrayList<>();
		Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
		while (cell.find()) {
			months.add(cell.group(1));
		}
		// The user name, the role in words, then one cell a month.
		assertThat(months).hasSize(14);
		assertThat(months.get(1)).isEqualTo("Client contact");
		int now = YearMonth.now().getMonthValue();
		assertThat(months.get(1 + now)).isEqualTo("✓");
		assertThat(months.subList(2, 14)).filteredOn("✓"::equals).hasSize(1);
	}

	private int lastNamed(String lastName) {
		return this.jdbc.sql("SELECT COUNT(*) FROM people_person WHERE last_name = ?")
			.param(lastName)
			.query(Integer.class)
			.single();
	}

	private String email(String name) {
		return name + "." + this.tag + "@crm.example.be";
	}

}
