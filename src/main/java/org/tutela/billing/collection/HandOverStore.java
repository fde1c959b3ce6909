package org.tutela.billing.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.billing.HandOver;
import org.tutela.personaldata.PersonId;

/**
 * The invoices handed over for collection, one hand-over each, and what the collector is
 * given of an invoice: its buyer and address, number and dates.
 */
@Repository
public class HandOverStore {

	private static final String COLUMNS = "invoice_id, recipient, handed_at, handed_by, settled_at";

	private final JdbcClient jdbc;

	HandOverStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the hand-over; false when the invoice was handed over before. */
	boolean add(HandOver handOver) {
		try {
			return this.jdbc.sql("""
					INSERT INTO billing_hand_over (invoice_id, recipient, handed_at, handed_by)
					SELECT :invoice, :recipient, :at, :by
					WHERE NOT EXISTS (SELECT 1 FROM billing_hand_over WHERE invoice_id = :invoice)""")
				.param("invoice", handOver.invoice())
				.param("recipient", handOver.recipient())
				.param("at", utc(handOver.handedAt()))
				.param("by", handOver.handedBy())
				.update() == 1;
		}
		catch (DuplicateKeyException meanwhile) {
			return false;
		}
	}

	public Optional<HandOver> of(UUID invoice) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM billing_hand_over WHERE invoice_id = :invoice")
			.param("invoice", invoice)
			.query(HandOverStore::handOver)
			.optional();
	}

	/** Every hand-over, the latest first, at most {@code limit}. */
	List<HandOver> latest(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM billing_hand_over ORDER BY handed_at DESC, invoice_id"
					+ " FETCH FIRST :limit ROWS ONLY")
			.param("limit", limit)
			.query(HandOverStore::handOver)
			.list();
	}

	/** Marks the hand-over settled; false when it is not there or was settled before. */
	boolean settle(UUID invoice, Instant at) {
		return this.jdbc
			.sql("UPDATE billing_hand_over SET settled_at = :at WHERE invoice_id = :invoice AND settled_at IS NULL")
			.param("at", utc(at))
			.param("invoice", invoice)
			.update() == 1;
	}

	String number(UUID invoice) {
		return this.jdbc.sql("SELECT number FROM billing_invoice WHERE id = :invoice")
			.param("invoice", invoice)
			.query(String.class)
			.single();
	}

	/** The persons an invoice names: its private buyer and its lines' participants. */
	List<PersonId> named(UUID invoice) {
		return this.jdbc
			.sql("""
					SELECT person_id FROM billing_invoice WHERE id = :invoice AND person_id IS NOT NULL
					UNION
					SELECT participant_id FROM billing_invoice_line WHERE invoice_id = :invoice AND participant_id IS NOT NULL""")
			.param("invoice", invoice)
			.query((row, number) -> new PersonId(row.getObject(1, UUID.class)))
			.list()
			.stream()
			.distinct()
			.toList();
	}

	/**
	 * The hand-overs of the invoices that name a person, as buyer or as a line's
	 * participant, as the catalogue exports them.
	 */
	public List<Map<String, Object>> handedOverFor(PersonId person) {
		return this.jdbc.sql("""
				SELECT h.invoice_id, h.recipient, h.handed_at, h.handed_by, h.settled_at FROM billing_hand_over h
				JOIN billing_invoice i ON i.id = h.invoice_id
				WHERE i.person_id = :person OR EXISTS (SELECT 1 FROM billing_invoice_line l
					WHERE l.invoice_id = i.id AND l.participant_id = :person)
				ORDER BY h.handed_at, h.invoice_id""").param("person", person.value()).query().listOfRows();
	}

	/** What the collector is told of the buyer: name and address. */
	Addressee addressee(UUID invoice) {
		return this.jdbc.sql("""
				SELECT buyer_name, buyer_street, buyer_postcode, buyer_city, buyer_country, language
				FROM billing_invoice WHERE id = :invoice AND number IS NOT NULL""")
			.param("invoice", invoice)
			.query((row, number) -> new Addressee(row.getString("buyer_name"), row.getString("buyer_street"),
					row.getString("buyer_postcode"), row.getString("buyer_city"), row.getString("buyer_country"),
					row.getString("language")))
			.single();
	}

	/** The days the invoice's reminders were sent, the first first. */
	List<LocalDate> reminded(UUID invoice, ZoneId zone) {
		return this.jdbc.sql("SELECT sent_at FROM billing_reminder WHERE invoice_id = :invoice ORDER BY step")
			.param("invoice", invoice)
			.query((row, number) -> row.getObject(1, OffsetDateTime.class).toInstant().atZone(zone).toLocalDate())
			.list();
	}

	private static HandOver handOver(ResultSet row, int number) throws SQLException {
		OffsetDateTime settled = row.getObject("settled_at", OffsetDateTime.class);
		return new HandOver(row.getObject("invoice_id", UUID.class), row.getString("recipient"),
				row.getObject("handed_at", OffsetDateTime.class).toInstant(), row.getString("handed_by"),
				settled == null ? null : settled.toInstant());
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

	/** The buyer as the invoice names them, with its language. */
	record Addressee(String name, @Nullable String street, @Nullable String postcode, @Nullable String city,
			@Nullable String country, String language) {
	}

}
