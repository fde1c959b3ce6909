package org.tutela.billing.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;
import org.tutela.billing.PostalAddress;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;

/**
 * Statements imported, the transfers they brought and what each pays; the debtor's
 * account and the text of the transfer are kept encrypted.
 */
@Repository
public class PaymentStore {

	public static final EncryptedColumn DEBTOR_IBAN = new EncryptedColumn("billing_payment", "id",
			"debtor_iban_cipher");

	public static final EncryptedColumn REMITTANCE = new EncryptedColumn("billing_payment", "id", "remittance_cipher");

	/** How many values one {@code IN} list holds. */
	private static final int CHUNK = 500;

	/**
	 * What is paid of each invoice and its reminders, joined once, not looked up per
	 * invoice: right after a bulk import the planner may still see the payments as none
	 * and scan them for every invoice (the statement bench found it,
	 * docs/performance.md).
	 */
	private static final String PAID_AND_REMINDED = """
			LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS paid FROM billing_payment WHERE invoice_id IS NOT NULL
				GROUP BY invoice_id) p ON p.invoice_id = i.id
			LEFT JOIN (SELECT corrects_id, SUM(payable_cents) AS credited FROM billing_invoice
				WHERE corrects_id IS NOT NULL AND number IS NOT NULL GROUP BY corrects_id) c ON c.corrects_id = i.id
			LEFT JOIN (SELECT invoice_id, COUNT(*) AS reminded, MAX(step) AS last_step, MAX(sent_at) AS last_reminder
				FROM billing_reminder GROUP BY invoice_id) r ON r.invoice_id = i.id
			LEFT JOIN billing_hand_over h ON h.invoice_id = i.id""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final FieldCipher cipher;

	PaymentStore(JdbcClient jdbc, JdbcTemplate batches, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.cipher = cipher;
	}

	/** Records the statement once, however often it is imported. */
	void recordStatement(String statementId, String account, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO billing_statement (id, statement_id, account, imported_by, imported_at)
				SELECT :id, :statement, :account, :by, :at
				WHERE NOT EXISTS (SELECT 1 FROM billing_statement WHERE statement_id = :statement)""")
			.param("id", UUID.randomUUID())
			.param("statement", statementId)
			.param("account", account)
			.param("by", by)
			.param("at", utc(at))
			.update();
	}

	/** The references of the statement's entries already booked. */
	Set<String> bookedEntries(String statementId) {
		return new HashSet<>(
				this.jdbc.sql("SELECT entry_reference FROM billing_payment WHERE statement_id = :statement")
					.param("statement", statementId)
					.query(String.class)
					.list());
	}

	/**
	 * The issued invoices with these structured communications, each with what is left to
	 * pay; their rows are locked until the transaction ends, so that no other payment is
	 * booked on them meanwhile. The values go as one array, not as a list of parameters:
	 * PostgreSQL's generic plan for a list of 500 parameters compares every row with each
	 * of them (1.4 s on 50,000 invoices), where {@code = ANY} of an array uses the index
	 * (1.4 ms; docs/performance.md).
	 */
	Map<String, OpenInvoice> openByReference(Collection<String> references) {
		Map<String, OpenInvoice> open = new HashMap<>();
		List<String> all = List.copyOf(new HashSet<>(references));
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			List<UUID> locked = this.jdbc.sql("""
					SELECT id FROM billing_invoice WHERE payment_reference = ANY (:references) AND number IS NOT NULL
						AND kind = 'INVOICE' FOR UPDATE""")
				.param("references", new SqlArrayValue("varchar", chunk.toArray()))
				.query(UUID.class)
				.list();
			if (locked.isEmpty()) {
				continue;
			}
			this.jdbc
				.sql("""
						SELECT i.id, i.payment_reference, i.payable_cents, COALESCE(p.paid, 0) + COALESCE(c.credited, 0) AS paid
						FROM billing_invoice i
						LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS paid FROM billing_payment
							WHERE invoice_id = ANY (:ids) GROUP BY invoice_id) p ON p.invoice_id = i.id
						LEFT JOIN (SELECT corrects_id, SUM(payable_cents) AS credited FROM billing_invoice
							WHERE corrects_id = ANY (:ids) AND number IS NOT NULL GROUP BY corrects_id) c ON c.corrects_id = i.id
						WHERE i.id = ANY (:ids)""")
				.param("ids", new SqlArrayValue("uuid", locked.toArray()))
				.query((row, number) -> open.put(row.getString("payment_reference"),
						new OpenInvoice(row.getObject("id", UUID.class),
								row.getLong("payable_cents") - row.getLong("paid"))))
				.list();
		}
		return open;
	}

	/** Books the transfers, each with its debtor's account and text encrypted. */
	void insert(String statementId, List<NewPayment> payments) {
		List<Object[]> rows = new ArrayList<>(payments.size());
		for (NewPayment payment : payments) {
			rows.add(new Object[] { payment.id(), statementId, payment.entryReference(), payment.bookedOn(),
					payment.cents(), payment.debtorName(),
					this.cipher.encrypt(DEBTOR_IBAN.field(payment.id()), payment.debtorIban()), payment.reference(),
					this.cipher.encrypt(REMITTANCE.field(payment.id()), payment.text()), payment.status().name(),
					payment.invoice(), payment.invoice() == null ? null : payment.by(),
					payment.invoice() == null ? null : utc(payment.at()) });
		}
		this.batches.batchUpdate("""
				INSERT INTO billing_payment (id, statement_id, entry_reference, booked_on, amount_cents, debtor_name,
					debtor_iban_cipher, reference, remittance_cipher, status, invoice_id, matched_by, matched_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	/** A transfer, its row locked until the transaction ends. */
	Optional<StoredPayment> lock(UUID payment) {
		return this.jdbc
			.sql("""
					SELECT id, booked_on, amount_cents, debtor_name, debtor_iban_cipher, reference, remittance_cipher, status,
						invoice_id FROM billing_payment WHERE id = :id FOR UPDATE""")
			.param("id", payment)
			.query(this::payment)
			.optional();
	}

	/** The transfers of a status, the latest booked first. */
	List<StoredPayment> withStatus(PaymentStatus status, int limit) {
		return this.jdbc
			.sql("""
					SELECT id, booked_on, amount_cents, debtor_name, debtor_iban_cipher, reference, remittance_cipher, status,
						invoice_id FROM billing_payment WHERE status = :status ORDER BY booked_on DESC, entry_reference
					FETCH FIRST :limit ROWS ONLY""")
			.param("status", status.name())
			.param("limit", limit)
			.query(this::payment)
			.list();
	}

	/** What finance settled of a transfer left open: the invoice it pays, or none. */
	boolean settle(UUID payment, PaymentStatus status, @Nullable UUID invoice, String by, Instant at) {
		return this.jdbc.sql("""
				UPDATE billing_payment SET status = :status, invoice_id = :invoice, matched_by = :by, matched_at = :at
				WHERE id = :id AND status = 'UNMATCHED'""")
			.param("status", status.name())
			.param("invoice", invoice)
			.param("by", by)
			.param("at", utc(at))
			.param("id", payment)
			.update() == 1;
	}

	/** An issued invoice with what is left to pay, its row locked. */
	Optional<Balance> lockInvoice(UUID invoice) {
		List<UUID> locked = this.jdbc
			.sql("SELECT id FROM billing_invoice WHERE id = :id AND number IS NOT NULL AND kind = 'INVOICE' FOR UPDATE")
			.param("id", invoice)
			.query(UUID.class)
			.list();
		return locked.isEmpty() ? Optional.empty() : balance(invoice);
	}

	/** An issued invoice with what is paid of it and its reminders. */
	Optional<Balance> balance(UUID invoice) {
		return this.jdbc.sql(BALANCE + " WHERE i.id = :id AND i.number IS NOT NULL AND i.kind = 'INVOICE'")
			.param("id", invoice)
			.query(PaymentStore::balance)
			.optional();
	}

	/**
	 * Whether nothing is left to pay of an issued invoice: paid in full, or credited in
	 * full.
	 */
	public boolean settled(UUID invoice) {
		return balance(invoice).map(found -> found.openCents() <= 0).orElse(false);
	}

	/**
	 * The issued invoices with something left to pay, the oldest due first: every one, or
	 * those whose due date has passed.
	 */
	List<Balance> unpaid(@Nullable LocalDate dueBefore) {
		return this.jdbc
			.sql(BALANCE + " WHERE i.number IS NOT NULL AND i.kind = 'INVOICE'"
					+ " AND i.payable_cents > COALESCE(p.paid, 0) + COALESCE(c.credited, 0)"
					+ (dueBefore == null ? "" : " AND i.due_date < :before") + " ORDER BY i.due_date, i.number")
			.params(dueBefore == null ? Map.of() : Map.of("before", dueBefore))
			.query(PaymentStore::balance)
			.list();
	}

	/** Who sends an issued invoice's letters and who receives them, as it was issued. */
	LetterParties letterParties(UUID invoice) {
		return this.jdbc.sql("""
				SELECT seller_name, seller_street, seller_postcode, seller_city, seller_country, buyer_name,
					buyer_street, buyer_postcode, buyer_city, buyer_country
				FROM billing_invoice WHERE id = :invoice AND number IS NOT NULL""")
			.param("invoice", invoice)
			.query((row, number) -> new LetterParties(row.getString("seller_name"), address(row, "seller_"),
					row.getString("buyer_name"), address(row, "buyer_")))
			.single();
	}

	private static PostalAddress address(ResultSet row, String prefix) throws SQLException {
		return new PostalAddress(row.getString(prefix + "street"), row.getString(prefix + "postcode"),
				row.getString(prefix + "city"), row.getString(prefix + "country"));
	}

	/** Claims a reminder step of an invoice; false when it was claimed before. */
	boolean claimReminder(UUID invoice, int step, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO billing_reminder (invoice_id, step, sent_at)
				SELECT :invoice, :step, :at
				WHERE NOT EXISTS (SELECT 1 FROM billing_reminder WHERE invoice_id = :invoice AND step = :step)""")
			.param("invoice", invoice)
			.param("step", step)
			.param("at", utc(at))
			.update() > 0;
	}

	/**
	 * The transfers that paid the person's invoices, as the catalogue exports them: the
	 * debtor's account and text decrypted under their columns' names.
	 */
	public List<Map<String, Object>> paidOnInvoicesFor(PersonId person) {
		return this.jdbc.sql("""
				SELECT p.id, p.booked_on, p.amount_cents, p.debtor_name, p.debtor_iban_cipher, p.reference,
					p.remittance_cipher FROM billing_payment p JOIN billing_invoice i ON i.id = p.invoice_id
				WHERE i.person_id = :person ORDER BY p.booked_on, p.id""")
			.param("person", person.value())
			.query((row, number) -> {
				UUID id = row.getObject("id", UUID.class);
				Map<String, Object> values = new HashMap<>();
				values.put("booked_on", row.getObject("booked_on", LocalDate.class));
				values.put("amount_cents", row.getLong("amount_cents"));
				putIfPresent(values, "debtor_name", row.getString("debtor_name"));
				putIfPresent(values, "debtor_iban_cipher",
						this.cipher.decrypt(DEBTOR_IBAN.field(id), row.getString("debtor_iban_cipher")));
				putIfPresent(values, "reference", row.getString("reference"));
				putIfPresent(values, "remittance_cipher",
						this.cipher.decrypt(REMITTANCE.field(id), row.getString("remittance_cipher")));
				return values;
			})
			.list();
	}

	private static void putIfPresent(Map<String, Object> values, String key, @Nullable Object value) {
		if (value != null) {
			values.put(key, value);
		}
	}

	/** The latest step of the schedule an invoice was reminded of; 0 for none. */
	private static final String BALANCE = "SELECT i.id, i.person_id, i.number, i.issue_date, i.due_date, i.buyer_name,"
			+ " i.buyer_email, i.language, i.payment_reference, i.iban, i.payable_cents, COALESCE(p.paid, 0) AS paid,"
			+ " COALESCE(c.credited, 0) AS credited, COALESCE(r.reminded, 0) AS reminded,"
			+ " COALESCE(r.last_step, 0) AS last_step, r.last_reminder, h.invoice_id AS handed_over FROM billing_invoice i "
			+ PAID_AND_REMINDED;

	private static Balance balance(ResultSet row, int number) throws SQLException {
		OffsetDateTime last = row.getObject("last_reminder", OffsetDateTime.class);
		return new Balance(row.getObject("id", UUID.class), PersonId.ofNullable(row.getObject("person_id", UUID.class)),
				row.getString("number"), row.getObject("issue_date", LocalDate.class),
				row.getObject("due_date", LocalDate.class), row.getString("buyer_name"), row.getString("buyer_email"),
				row.getString("language"), row.getString("payment_reference"), row.getString("iban"),
				row.getLong("payable_cents"), row.getLong("paid"), row.getLong("credited"), row.getInt("reminded"),
				row.getInt("last_step"), last == null ? null : last.toInstant(), row.getObject("handed_over") != null);
	}

	private StoredPayment payment(ResultSet row, int number) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		return new StoredPayment(id, row.getObject("booked_on", LocalDate.class), row.getLong("amount_cents"),
				row.getString("debtor_name"),
				this.cipher.decrypt(DEBTOR_IBAN.field(id), row.getString("debtor_iban_cipher")),
				row.getString("reference"),
				this.cipher.decrypt(REMITTANCE.field(id), row.getString("remittance_cipher")),
				PaymentStatus.valueOf(row.getString("status")), row.getObject("invoice_id", UUID.class));
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

	/** The sender and the addressee of a letter about an invoice. */
	record LetterParties(String seller, PostalAddress sellerAddress, String buyer, PostalAddress buyerAddress) {
	}

	/** An issued invoice with what is left to pay of it. */
	record OpenInvoice(UUID id, long openCents) {
	}

	/** A transfer to book. */
	record NewPayment(UUID id, String entryReference, LocalDate bookedOn, long cents, @Nullable String debtorName,
			@Nullable String debtorIban, @Nullable String reference, @Nullable String text, PaymentStatus status,
			@Nullable UUID invoice, String by, Instant at) {
	}

	/** A booked transfer, its debtor's account and text decrypted. */
	record StoredPayment(UUID id, LocalDate bookedOn, long cents, @Nullable String debtorName,
			@Nullable String debtorIban, @Nullable String reference, @Nullable String text, PaymentStatus status,
			@Nullable UUID invoice) {
	}

	/**
	 * An issued invoice's balance: what it asks, what is paid, what its issued credit
	 * notes took off, its reminders (how many, the last step and when), what a reminder
	 * says, and whether it was handed over for collection.
	 */
	record Balance(UUID id, @Nullable PersonId person, String number, LocalDate issueDate, LocalDate dueDate,
			String buyer, @Nullable String buyerEmail, String language, String paymentReference, @Nullable String iban,
			long payableCents, long paidCents, long creditedCents, int reminders, int lastStep,
			@Nullable Instant lastReminder, boolean handedOver) {

		/**
		 * What is left to pay: what the invoice asks, less what was paid and credited.
		 */
		long openCents() {
			return this.payableCents - this.paidCents - this.creditedCents;
		}

	}

	/**
	 * Whether a transfer pays an invoice, waits for finance, or is not for an invoice.
	 */
	enum PaymentStatus {

		MATCHED, UNMATCHED, NOT_OURS

	}

}
