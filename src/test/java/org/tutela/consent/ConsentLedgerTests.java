package org.tutela.consent;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Consent with its exact wording and evidence, and its withdrawal, kept as a history that
 * is only added to.
 */
@SpringBootTest
class ConsentLedgerTests {

	@Autowired
	ConsentLedger ledger;

	@Autowired
	PersonalDataCatalogue catalogue;

	private final PersonId person = PersonId.random();

	private final String purpose = "newsletter-" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void marketingStaff() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("marketing", null, "backoffice", "outreach.manage"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aWordingIsVersionedByItsTextAndNeverChanged() {
		Wording first = this.ledger.publish(this.purpose, "nl", "Ja, stuur mij de nieuwsbrief.");
		Wording same = this.ledger.publish(this.purpose, "nl", "Ja, stuur mij de nieuwsbrief.");
		Wording changed = this.ledger.publish(this.purpose, "nl", "Ja, stuur mij de maandelijkse nieuwsbrief.");

		assertThat(same).isEqualTo(first);
		assertThat(first.version()).isEqualTo(1);
		assertThat(changed.version()).isEqualTo(2);
		assertThat(changed.hash()).isNotEqualTo(first.hash()).hasSize(64);
		assertThat(this.ledger.currentWording(this.purpose, "nl")).contains(changed);
		assertThat(this.ledger.wording(first.id())).contains(first);
	}

	@Test
	void consentOnAFormKeepsTheWordingAddressAgentAndForm_MEZ2_SKI6() {
		Wording wording = this.ledger.publish(this.purpose, "en", "Yes, send me the newsletter.");

		this.ledger.record(this.person, this.purpose, ChoiceKind.GIVEN,
				Evidence.web(Channel.FORM, wording.id(), "203.0.113.7", "Firefox/140.0", "course-registration"));
		this.ledger.record(this.person, this.purpose, ChoiceKind.WITHDRAWN,
				Evidence.web(Channel.EMAIL_LINK, wording.id(), "203.0.113.9", "Thunderbird/140.0", "unsubscribe"));

		assertThat(this.ledger.history(this.person)).extracting(Choice::kind)
			.containsExactly(ChoiceKind.GIVEN, ChoiceKind.WITHDRAWN);
		Choice given = this.ledger.history(this.person).get(0);
		assertThat(given.evidence()).isEqualTo(new Evidence(Channel.FORM, wording.id(), "203.0.113.7", "Firefox/140.0",
				"course-registration", Evidence.Framework.GDPR));
		assertThat(this.ledger.latest(this.person, this.purpose).map(Choice::kind)).contains(ChoiceKind.WITHDRAWN);
		assertThat(this.catalogue.export(this.person).get("consent")).hasSize(2)
			.first()
			.satisfies(record -> assertThat(record.fields()).containsEntry("ip_address", "203.0.113.7")
				.containsEntry("wording_id", wording.id().toString()));
	}

	@Test
	void consentOnAFormWithoutTheWordingShownIsRefused() {
		Wording other = this.ledger.publish("other-" + this.purpose, "en", "Something else.");

		assertThatThrownBy(() -> this.ledger.record(this.person, this.purpose, ChoiceKind.GIVEN,
				new Evidence(Channel.FORM, null, "203.0.113.7", null, "contact", Evidence.Framework.GDPR)))
			.isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> this.ledger.record(this.person, this.purpose, ChoiceKind.GIVEN,
				Evidence.web(Channel.PORTAL, other.id(), null, null, "portal")))
			.isInstanceOf(InvalidInput.class);
		assertThat(this.ledger.history(this.person)).isEmpty();
	}

	@Test
	void aChoiceCollectedBeforeTheGdprKeepsItsFramework_SKI6() {
		this.ledger.record(this.person, this.purpose, ChoiceKind.GIVEN,
				new Evidence(Channel.IMPORT, null, null, null, "legacy-crm", Evidence.Framework.BEFORE_GDPR));

		assertThat(this.ledger.latest(this.person, this.purpose).orElseThrow().evidence().framework())
			.isEqualTo(Evidence.Framework.BEFORE_GDPR);
	}

}
