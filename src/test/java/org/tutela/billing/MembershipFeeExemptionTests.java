package org.tutela.billing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.people.MembershipStatus;
import org.tutela.people.Organisation;
import org.tutela.testing.MovableClock;
import org.tutela.testing.PdfText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation without profit motive that charges its members a fee its statutes set
 * invoices it exempt from VAT, with the exemption's code and reason, which the official
 * rules accept.
 */
@SpringBootTest(properties = "tutela.billing.membership-fee-vat=exempt")
@Import({ TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
class MembershipFeeExemptionTests {

	@Autowired
	MovableClock clock;

	@Autowired
	BillingFixtures billing;

	@Autowired
	Invoices invoices;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void anExemptMembersFeeNamesItsExemptionAndPassesTheRules() throws IOException {
		this.clock.day(LocalDate.of(2011, 1, 10));
		Organisation member = this.billing.member(MembershipStatus.MEMBER, LocalDate.of(2009, 5, 1), null);

		List<InvoiceDraft> drafted = BillingFixtures.finance(() -> this.invoices.draftMembershipFees(Year.of(2011)));
		InvoiceDraft fee = drafted.stream()
			.filter(draft -> draft.buyer().equals(member.name()))
			.findFirst()
			.orElseThrow();

		assertThat(fee.lines()).singleElement().satisfies(line -> {
			assertThat(line.category()).isEqualTo(VatCategory.EXEMPT);
			assertThat(line.exemptionCode()).isEqualTo("VATEX-EU-132-1L");
			assertThat(line.exemptionReason()).isEqualTo(
					"Vrijgesteld van btw: lidgeld van een organisatie zonder winstoogmerk, art. 44 §2 11° W.BTW");
		});
		assertThat(fee.payableCents()).isEqualTo(25_000);
		IssuedInvoice issued = BillingFixtures.finance(() -> this.invoices.issue(fee.id()));
		assertThat(new String(BillingFixtures.finance(() -> this.invoices.ubl(issued.id())), StandardCharsets.UTF_8))
			.contains("VATEX-EU-132-1L");
		byte[] pdf = BillingFixtures.finance(() -> this.invoices.pdf(issued.id()));
		PdfText.lookAt(pdf, "invoice-membership-fee-exempt");
		assertThat(PdfText.of(pdf)).contains("Lidgeld 2011", "art. 44 §2 11° W.BTW");
	}

}
