package org.tutela.register;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the six packs keeps invoices under an activity of their own that the law
 * requires, by the accounting rule of the organiser's country counted from the end of the
 * invoice's year (Belgian tax records: ten years from the first of January after the
 * year's end, Law of 20 November 2022; Dutch fiscal records: seven years, AWR Art.
 * 52(4)), refuses their erasure until then, and says so in the notice.
 */
class InvoiceRetentionOfEveryPackTests {

	@ParameterizedTest
	@CsvSource({ "training-company, BE, 10", "prevention-service, BE, 10", "medical-inspection, BE, 10",
			"hr-network, BE, 10", "online-academy, NL, 7", "quality-network, BE, 10" })
	void invoicesAreKeptByTheAccountingRuleOfThePacksCountry(String name, String country, int years) {
		PolicyPack pack = Register.shipped(name);
		Activity billing = pack.activityServing("billing").orElseThrow();

		assertThat(pack.home()).isEqualTo(country);
		assertThat(billing.basis()).isEqualTo(LegalBasis.LEGAL_OBLIGATION);
		assertThat(billing.onErasure()).isEqualTo(ErasureAnswer.REFUSE_LEGAL_OBLIGATION);
		assertThat(billing.retention()).containsExactly(new RetentionRule(RetentionAction.ANONYMISE,
				Period.ofYears(years), Anchor.END_OF_CALENDAR_YEAR_OF_INVOICE, RetentionRule.Condition.ALWAYS));
		assertThat(billing.retention().get(0).dueFrom(LocalDate.of(2026, 3, 5)))
			.as("the last day kept: the end of the invoice's year plus the period")
			.isEqualTo(LocalDate.of(2026 + years, 12, 31));
		assertThat(billing.retention().get(0))
			.hasToString("anonymise " + years + " years after end of calendar year of invoice");
	}

}
