package org.tutela.billing;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VatBreakdownTests {

	@Test
	void theVatOfEachRateIsRoundedOnceOverItsLines() {
		List<InvoiceLine> lines = List.of(standard(1, 12), standard(2, 12), standard(3, 12),
				new InvoiceLine(4, "Exempt course", 1, 45_000, VatCategory.EXEMPT, BigDecimal.ZERO, "VATEX-EU-132-1I",
						"Vocational training"));

		VatBreakdown vat = VatBreakdown.of(lines);

		assertThat(vat.groups()).hasSize(2);
		// 36 cents at 21 % is 7.56 cents, rounded once to 8; rounding each line's 2.52
		// would give 9.
		assertThat(vat.groups().get(0).taxableCents()).isEqualTo(36);
		assertThat(vat.groups().get(0).taxCents()).isEqualTo(8);
		assertThat(vat.groups().get(1).taxableCents()).isEqualTo(45_000);
		assertThat(vat.groups().get(1).taxCents()).isZero();
		assertThat(vat.taxCents()).isEqualTo(8);
	}

	private static InvoiceLine standard(int position, long cents) {
		return new InvoiceLine(position, "Line " + position, 1, cents, VatCategory.STANDARD, new BigDecimal("21"), null,
				null);
	}

}
