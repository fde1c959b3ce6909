package org.tutela.register;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.consent.Channel;
import org.tutela.personaldata.PersonId;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.testing.PaperConsent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The purpose guard on the default training-company pack (ALL-3). */
@SpringBootTest
class PurposeGuardTests {

	@Autowired
	PurposeGuard guard;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	Persons persons;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	@Autowired
	TransactionTemplate transactions;

	private final PersonId person = PersonId.random();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void marketingIsRefusedAfterAnObjectionAndAllowedAgainOnlyOnNewConsent_ALL3_MEZ14() {
		assertThat(this.guard.check(this.person, "marketing").refusal()).isEqualTo(Refusal.CONSENT_MISSING);
		this.ledger.record(this.person, "marketing", ChoiceKind.GIVEN, PaperConsent.signed(this.ledger, "marketing"));
		assertThat(this.guard.check(this.person, "marketing").allowed()).isTrue();
		this.ledger.record(this.person, "marketing", ChoiceKind.OBJECTED, Evidence.of(Channel.EMAIL_LINK));
		assertThat(this.guard.check(this.person, "marketing").refusal()).isEqualTo(Refusal.OBJECTION);
		assertThatThrownBy(() -> this.guard.require(this.person, "marketing")).isInstanceOfSatisfying(
				ProcessingRefused.class, refused -> assertThat(refused.refusal()).isEqualTo(Refusal.OBJECTION));
		this.ledger.record(this.person, "marketing", ChoiceKind.GIVEN, PaperConsent.signed(this.ledger, "marketing"));
		assertThat(this.guard.check(this.person, "marketing").allowed()).isTrue();
	}

	@Test
	void anObjectionDoesNotStopWhatTheLawRequires() {
		this.ledger.record(this.person, "billing", ChoiceKind.OBJECTED, Evidence.of(Channel.EMAIL_LINK));
		assertThat(this.guard.check(this.person, "billing").allowed()).isTrue();
	}

	@Test
	void aPurposeThePackDoesNotKnowHasNoBasisAndTheRefusalIsAudited_ALL3() {
		assertThat(this.guard.check(this.person, "selling-lists").refusal()).isEqualTo(Refusal.NO_BASIS);
		String pseudonym = this.keyedHash.hash("audit.person", this.person.toString());
		assertThat(this.jdbc.sql("SELECT detail FROM audit_entry WHERE subject = ? AND action = 'PROCESSING_REFUSED'")
			.param(pseudonym)
			.query(String.class)
			.list()).containsExactly("selling-lists: NO_BASIS");
	}

	@Test
	void aPurposeThePackDoesNotKeepIsRefusedWithThatReasonAndTheRefusalIsAudited_ALL3() {
		assertThat(this.guard.check(this.person, "absenteeism-control").refusal()).isEqualTo(Refusal.NOT_KEPT);
		String pseudonym = this.keyedHash.hash("audit.person", this.person.toString());
		assertThat(this.jdbc.sql("SELECT detail FROM audit_entry WHERE subject = ? AND action = 'PROCESSING_REFUSED'")
			.param(pseudonym)
			.query(String.class)
			.list()).containsExactly("absenteeism-control: NOT_KEPT");
		assertThatThrownBy(() -> this.guard.require(this.person, "absenteeism-control"))
			.isInstanceOfSatisfying(ProcessingRefused.class, refused -> {
				assertThat(refused.refusal()).isEqualTo(Refusal.NOT_KEPT);
				assertThat(refused.slug()).isEqualTo("processing-refused-not-kept");
			});
	}

	@Test
	void aRefusalStaysInTheTrailWhenTheWorkItStoppedIsUndone_ALL3() {
		assertThatThrownBy(() -> this.transactions
			.executeWithoutResult(status -> this.guard.require(this.person, "absenteeism-control")))
			.isInstanceOf(ProcessingRefused.class);
		String pseudonym = this.keyedHash.hash("audit.person", this.person.toString());
		assertThat(this.jdbc.sql("SELECT detail FROM audit_entry WHERE subject = ? AND action = 'PROCESSING_REFUSED'")
			.param(pseudonym)
			.query(String.class)
			.list()).containsExactly("absenteeism-control: NOT_KEPT");
	}

	@Test
	void aRestrictedPersonsDataIsNotUsed() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.manage", "backoffice"));
		PersonId id = this.persons
			.register(new NewPerson("Rita", null, "Goossens", null, "nl", null, Provenance.WEB_FORM, List.of(),
					List.of(), List.of()))
			.id();
		assertThat(this.guard.check(id, "training-administration").allowed()).isTrue();
		this.catalogue.restrict(id, true);
		assertThat(this.guard.check(id, "training-administration").refusal()).isEqualTo(Refusal.RESTRICTED);
	}

}
