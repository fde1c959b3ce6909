package org.tutela.billing.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.billing.Parties;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;

/**
 * Issued invoices and credit notes as the retention engine reaches them, by their date:
 * the pack's accounting rule keeps them (Belgium: ten years from the first of January
 * after the year's end, Law of 20 November 2022; the Netherlands: seven years, AWR Art.
 * 52(4)), and then anonymises them. An anonymised invoice keeps its number, dates,
 * amounts, VAT and the organisation it was for; it loses its documents, a private buyer's
 * name, address and link, the participants on its lines with the line's wording, the
 * addresses it was sent to and the payers' names, accounts and texts. While it is kept it
 * names its private buyer and its lines' participants, so that their own records wait for
 * it. Drafts are not accounting documents and are never reached.
 */
@Component
class ExpiringInvoices implements ExpiringRecords {

	private static final Kind KIND = new Kind("billing", "invoices", Set.of(Parties.PURPOSE),
			Set.of(Anchor.INVOICE_DATE), Set.of(RetentionAction.ANONYMISE));

	private static final String KEPT = "number IS NOT NULL AND anonymised_on IS NULL";

	private static final String MINE = " WHERE invoice_id IN (:keys)";

	private final JdbcClient jdbc;

	private final Clock clock;

	ExpiringInvoices(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		Map<UUID, @Nullable UUID> buyers = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT id, person_id FROM billing_invoice WHERE " + KEPT + " AND issue_date <= :cutoff"
					+ (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query(row -> {
				buyers.put(row.getObject("id", UUID.class), row.getObject("person_id", UUID.class));
			});
		return named(buyers);
	}

	/**
	 * Each statement changes nothing the second time, so a batch can be applied again.
	 */
	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		List<UUID> ids = keys.stream().map(UUID::fromString).toList();
		this.jdbc
			.sql("UPDATE billing_invoice_line SET participant_id = NULL, description = '-'" + MINE
					+ " AND participant_id IS NOT NULL")
			.param("keys", ids)
			.update();
		this.jdbc.sql("UPDATE billing_sending SET recipient = '-', reason = NULL" + MINE + " AND recipient <> '-'")
			.param("keys", ids)
			.update();
		this.jdbc
			.sql("UPDATE billing_payment SET debtor_name = NULL, debtor_iban_cipher = NULL, remittance_cipher = NULL"
					+ MINE + " AND (debtor_name IS NOT NULL OR debtor_iban_cipher IS NOT NULL"
					+ " OR remittance_cipher IS NOT NULL)")
			.param("keys", ids)
			.update();
		return this.jdbc.sql("""
				UPDATE billing_invoice SET
					buyer_name = CASE WHEN person_id IS NULL THEN buyer_name ELSE '-' END,
					buyer_street = CASE WHEN person_id IS NULL THEN buyer_street ELSE NULL END,
					buyer_postcode = CASE WHEN person_id IS NULL THEN buyer_postcode ELSE NULL END,
					buyer_city = CASE WHEN person_id IS NULL THEN buyer_city ELSE NULL END,
					person_id = NULL, buyer_email = NULL, credit_reason = NULL, ubl = NULL, pdf = NULL,
					anonymised_on = :today
				WHERE id IN (:keys) AND anonymised_on IS NULL""")
			.param("today", LocalDate.now(this.clock))
			.param("keys", ids)
			.update();
	}

	/** An issued invoice names its private buyer and its lines' participants. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		Map<UUID, @Nullable UUID> buyers = new LinkedHashMap<>();
		this.jdbc.sql("SELECT id, person_id FROM billing_invoice WHERE " + KEPT + """
				 AND (person_id IN (:persons) OR id IN
					(SELECT invoice_id FROM billing_invoice_line WHERE participant_id IN (:persons)))
				ORDER BY id""").param("persons", persons.stream().map(PersonId::value).toList()).query(row -> {
			buyers.put(row.getObject("id", UUID.class), row.getObject("person_id", UUID.class));
		});
		return named(buyers);
	}

	/** The invoices of these ids and buyers, each with every person it names. */
	private List<Due> named(Map<UUID, @Nullable UUID> buyers) {
		if (buyers.isEmpty()) {
			return List.of();
		}
		Map<UUID, Set<PersonId>> persons = new HashMap<>();
		this.jdbc
			.sql("SELECT invoice_id, participant_id FROM billing_invoice_line WHERE invoice_id IN (:keys)"
					+ " AND participant_id IS NOT NULL")
			.param("keys", new ArrayList<>(buyers.keySet()))
			.query(row -> {
				persons.computeIfAbsent(row.getObject("invoice_id", UUID.class), invoice -> new HashSet<>())
					.add(PersonId.of(row.getObject("participant_id", UUID.class)));
			});
		List<Due> due = new ArrayList<>();
		buyers.forEach((invoice, buyer) -> {
			Set<PersonId> named = new HashSet<>(persons.getOrDefault(invoice, Set.of()));
			if (buyer != null) {
				named.add(PersonId.of(buyer));
			}
			due.add(new Due(invoice.toString(), named));
		});
		return due;
	}

}
