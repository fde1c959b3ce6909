package org.tutela.billing.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.billing.Parties;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.RetentionAction;

/**
 * Transfers received that pay no invoice, as the retention engine reaches them by the day
 * they were booked: those waiting for finance and those set aside as not a payment of an
 * invoice. A bank statement's lines are accounting records, kept by the pack's accounting
 * rule like the invoices; then the payer's name, account and text go, and the day, amount
 * and the bank's references stay. A transfer that pays an invoice goes with it
 * ({@link ExpiringInvoices}). No transfer names a person the register knows.
 */
@Component
class ExpiringTransfers implements ExpiringRecords {

	private static final Kind KIND = new Kind("billing", "transfers paying no invoice", Set.of(Parties.PURPOSE),
			Set.of(Anchor.INVOICE_DATE), Set.of(RetentionAction.ANONYMISE));

	private static final String KEPT = "status <> 'MATCHED'"
			+ " AND (debtor_name IS NOT NULL OR debtor_iban_cipher IS NOT NULL OR remittance_cipher IS NOT NULL)";

	private final JdbcClient jdbc;

	ExpiringTransfers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return this.jdbc
			.sql("SELECT id FROM billing_payment WHERE " + KEPT + " AND booked_on <= :cutoff"
					+ (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> new Due(id.toString(), Set.of()))
			.toList();
	}

	/** Changes nothing the second time, so a batch can be applied again. */
	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		return this.jdbc
			.sql("UPDATE billing_payment SET debtor_name = NULL, debtor_iban_cipher = NULL, remittance_cipher = NULL"
					+ " WHERE id IN (:keys) AND " + KEPT)
			.param("keys", keys.stream().map(UUID::fromString).toList())
			.update();
	}

}
