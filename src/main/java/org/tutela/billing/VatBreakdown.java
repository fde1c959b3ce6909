package org.tutela.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An invoice's VAT per category and rate: each group's taxable amount is the sum of its
 * lines, and its VAT that sum times the rate, rounded half up to the cent once per group
 * (EN 16931 rules BR-CO-17 and BR-S-09).
 */
public record VatBreakdown(List<Group> groups) {

	public VatBreakdown {
		groups = List.copyOf(groups);
	}

	static VatBreakdown of(List<InvoiceLine> lines) {
		Map<Key, Long> taxable = new LinkedHashMap<>();
		for (InvoiceLine line : lines) {
			taxable.merge(new Key(line.category(), line.rate(), line.exemptionCode(), line.exemptionReason()),
					line.netCents(), Long::sum);
		}
		return new VatBreakdown(taxable.entrySet()
			.stream()
			.map((group) -> new Group(group.getKey().category(), group.getKey().rate(), group.getValue(),
					tax(group.getValue(), group.getKey().rate()), group.getKey().exemptionCode(),
					group.getKey().exemptionReason()))
			.toList());
	}

	/** The VAT of the whole invoice. */
	public long taxCents() {
		return this.groups.stream().mapToLong(Group::taxCents).sum();
	}

	private static long tax(long taxableCents, BigDecimal rate) {
		return BigDecimal.valueOf(taxableCents)
			.multiply(rate)
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.longValueExact();
	}

	/** One category and rate, with the reason when it is exempt. */
	public record Group(VatCategory category, BigDecimal rate, long taxableCents, long taxCents,
			@Nullable String exemptionCode, @Nullable String exemptionReason) {
	}

	private record Key(VatCategory category, BigDecimal rate, @Nullable String exemptionCode,
			@Nullable String exemptionReason) {
	}

}
