package org.tutela.dossiers;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.testing.Browser;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Need to know by assignment (MEN-11), over real HTTP: a control's file opens for the
 * physician it is assigned to and the head of that physician's department, and for nobody
 * else, whatever their role: a coordinator, the DPO, the administrator, an unassigned
 * physician and the head of another department each get 403, and each refusal is in the
 * audit trail under the worker's pseudonym (ALL-2). Every reading is audited too.
 */
@MedicalInspectionTest
class ControlFileAccessTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	ControlFixtures controls;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	TestAccount head;

	TestAccount physician;

	TestAccount colleague;

	TestAccount otherHead;

	TestAccount otherPhysician;

	ControlSummary control;

	@BeforeEach
	void aDepartmentAndAnOrder() {
		this.head = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		this.physician = this.accounts.fresh(Role.PHYSICIAN);
		this.colleague = this.accounts.fresh(Role.PHYSICIAN);
		this.otherHead = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		this.otherPhysician = this.accounts.fresh(Role.PHYSICIAN);
		this.controls.department(this.head.id(), this.physician.id(), this.colleague.id());
		this.controls.department(this.otherHead.id(), this.otherPhysician.id());
		this.control = this.controls.ordered(this.training.client("hr+" + System.nanoTime() + "@example.org"));
	}

	@Test
	void theHeadAssignsAndTheAssignedPhysicianAndTheHeadReadTheFileEachReadAudited_MEN11_ALL2() {
		Browser head = signedIn(this.head);
		assertThat(head.get("/admin?lang=en").body()).contains("Absenteeism controls", "waiting for a physician");
		assertThat(head.get("/admin/controls?lang=en").body()).contains(this.control.reference(), "Wout Werker",
				"Waiting for a physician");
		assign(head, this.physician);

		Browser physician = signedIn(this.physician);
		assertThat(physician.get("/admin/controls?lang=en").body()).contains(this.control.reference());
		HttpResponse<String> file = physician.get("/admin/controls/" + this.control.id() + "?lang=en");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).contains("Wout Werker", ControlFixtures.DOCTOR, "Accident at work", "P-4711");
		assertThat(head.get("/admin/controls/" + this.control.id()).statusCode()).isEqualTo(200);

		assertThat(reads(this.physician)).isEqualTo(1);
		assertThat(reads(this.head)).isEqualTo(1);
	}

	@Test
	void aCoordinatorTheDpoTheAdministratorAnUnassignedPhysicianAndAnotherHeadGet403EachOnTheRecord_MEN11() {
		assign(signedIn(this.head), this.physician);
		List<TestAccount> refused = List.of(this.accounts.fresh(Role.COORDINATOR), this.accounts.fresh(Role.DPO),
				this.accounts.fresh(Role.ADMIN), this.colleague, this.otherHead, this.otherPhysician);
		for (TestAccount account : refused) {
			HttpResponse<String> file = signedIn(account).get("/admin/controls/" + this.control.id());
			assertThat(file.statusCode()).as(account.username()).isEqualTo(403);
			assertThat(file.body()).doesNotContain(ControlFixtures.DOCTOR);
			assertThat(refusals(account)).as(account.username()).isEqualTo(1);
			assertThat(reads(account)).as(account.username()).isZero();
		}
	}

	@Test
	void giveTheControlToAnotherPhysicianAndTheFormerOneNoLongerReadsIt_MEN11() {
		Browser head = signedIn(this.head);
		assign(head, this.physician);
		Browser physician = signedIn(this.physician);
		assertThat(physician.get("/admin/controls/" + this.control.id()).statusCode()).isEqualTo(200);

		assign(head, this.colleague);

		assertThat(physician.get("/admin/controls/" + this.control.id()).statusCode()).isEqualTo(403);
		assertThat(signedIn(this.colleague).get("/admin/controls/" + this.control.id()).statusCode()).isEqualTo(200);
	}

	@Test
	void theHeadOfAnotherDepartmentCannotTakeTheControlNorGiveItToTheirOwn() {
		assign(signedIn(this.head), this.physician);
		Browser other = signedIn(this.otherHead);
		HttpResponse<String> taken = other.post("/admin/controls/" + this.control.id() + "/assignment", "physician",
				this.otherPhysician.id().value().toString());
		assertThat(taken.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT physician_id FROM dossiers_control WHERE id = :id")
			.param("id", this.control.id())
			.query(UUID.class)
			.single()).isEqualTo(this.physician.id().value());
		assertThat(refusals(this.otherHead)).isEqualTo(1);
	}

	@Test
	void aHeadCanGiveAControlOnlyToAPhysicianOfTheirOwnDepartment() {
		Browser head = signedIn(this.head);
		HttpResponse<String> refused = head.post("/admin/controls/" + this.control.id() + "/assignment?lang=en",
				"physician", this.otherPhysician.id().value().toString());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Choose a physician of a department you head.");
		assertThat(this.jdbc.sql("SELECT status FROM dossiers_control WHERE id = :id")
			.param("id", this.control.id())
			.query(String.class)
			.single()).isEqualTo("ORDERED");
	}

	private void assign(Browser head, TestAccount physician) {
		HttpResponse<String> assigned = head.post("/admin/controls/" + this.control.id() + "/assignment", "physician",
				physician.id().value().toString());
		assertThat(assigned.statusCode()).isEqualTo(302);
	}

	private Browser signedIn(TestAccount account) {
		Browser browser = new Browser(this.port);
		browser.signIn(account);
		return browser;
	}

	private int refusals(TestAccount account) {
		return count(account, "PROCESSING_REFUSED");
	}

	private int reads(TestAccount account) {
		return count(account, "READ");
	}

	private int count(TestAccount account, String action) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE subject = :subject AND actor = :actor AND action = :action
					AND purpose = 'medical-inspection'""")
			.param("subject", pseudonym(this.control.worker()))
			.param("actor", account.username())
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	private String pseudonym(PersonId person) {
		return this.keyedHash.hash("audit.person", person.value().toString());
	}

}
