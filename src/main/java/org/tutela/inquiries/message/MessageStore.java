package org.tutela.inquiries.message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.tutela.inquiries.InquiryKind;
import org.tutela.inquiries.Reply;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.database.FingerprintedRows;

/** The messages and their replies, as rows. */
@Component
public class MessageStore {

	/**
	 * The person's messages: those linked to them, and those sent from one of their
	 * addresses by a sender the form did not register (an information request that asks
	 * no name).
	 */
	private static final String ABOUT = "(person_id = :person OR (person_id IS NULL AND LOWER(sender_email) IN (:emails)))";

	private final JdbcClient jdbc;

	/** Each form stored once, its sender with it. */
	private final FingerprintedRows rows;

	MessageStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.rows = new FingerprintedRows(jdbc, transactions, "inquiries_message");
	}

	/**
	 * Stores the message {@code message} makes, with the fingerprint given, unless one
	 * with that fingerprint is there already, also when the same form arrives twice at
	 * the same moment: {@code message} finds or registers its sender in the same
	 * savepoint, so that a copy refused leaves no person behind. The message stored, or
	 * empty.
	 */
	public Optional<StoredMessage> insert(String fingerprint, Supplier<StoredMessage> message) {
		return this.rows.insert(fingerprint, message, this::add);
	}

	private void add(StoredMessage message) {
		this.jdbc.sql("""
				INSERT INTO inquiries_message (id, kind, subject, course_id, person_id, sender_name, sender_email,
					sender_organisation, sender_phone, organisation_id, route_account, route_role, body, language,
					fingerprint, received_at, received_on)
				VALUES (:id, :kind, :subject, :course, :person, :name, :email, :organisation, :phone, :organisationId,
					:account, :role, :body, :language, :fingerprint, :at, :on)""")
			.param("id", message.id())
			.param("kind", message.kind().name())
			.param("subject", message.subject())
			.param("course", message.course())
			.param("person", message.person() == null ? null : message.person().value())
			.param("name", message.senderName())
			.param("email", message.senderEmail())
			.param("organisation", message.senderOrganisation())
			.param("phone", message.senderPhone())
			.param("organisationId", message.organisation())
			.param("account", message.routeAccount())
			.param("role", message.routeRole())
			.param("body", message.body())
			.param("language", message.language())
			.param("fingerprint", message.fingerprint())
			.param("at", OffsetDateTime.ofInstant(message.receivedAt(), ZoneOffset.UTC))
			.param("on", message.receivedOn())
			.update();
	}

	/**
	 * The open messages that go to this account or role, newest first; only those filed
	 * with the organisation, when one is given.
	 */
	public List<Map<String, Object>> openFor(String account, @Nullable String role, @Nullable UUID organisation) {
		return this.jdbc
			.sql("SELECT * FROM inquiries_message WHERE (route_account = :account OR route_role = :role)"
					+ (organisation == null ? " AND closed_on IS NULL" : " AND organisation_id = :organisation")
					+ " ORDER BY received_at DESC")
			.param("account", account)
			.param("role", role == null ? "" : role)
			.param("organisation", organisation)
			.query()
			.listOfRows();
	}

	public Optional<Map<String, Object>> row(UUID id) {
		return this.jdbc.sql("SELECT * FROM inquiries_message WHERE id = :id")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	public List<Reply> replies(UUID message) {
		return this.jdbc
			.sql("SELECT body, sent_by, sent_at FROM inquiries_reply WHERE message_id = :message ORDER BY sent_at, id")
			.param("message", message)
			.query((row, n) -> new Reply(row.getString("body"), row.getString("sent_by"),
					row.getObject("sent_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public void reply(UUID message, String body, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO inquiries_reply (id, message_id, body, sent_by, sent_at)
				VALUES (:id, :message, :body, :by, :at)""")
			.param("id", UUID.randomUUID())
			.param("message", message)
			.param("body", body)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	public boolean close(UUID message, String by, LocalDate on) {
		return this.jdbc
			.sql("UPDATE inquiries_message SET closed_on = :on, closed_by = :by WHERE id = :id AND closed_on IS NULL")
			.param("on", on)
			.param("by", by)
			.param("id", message)
			.update() > 0;
	}

	/** Every message of the person, for an access request. */
	public List<Map<String, Object>> rowsAbout(PersonId person, List<String> emails) {
		return this.jdbc.sql("SELECT * FROM inquiries_message WHERE " + ABOUT + " ORDER BY received_at")
			.param("person", person.value())
			.param("emails", addresses(emails))
			.query()
			.listOfRows();
	}

	/** The answers to the person's messages. */
	public List<Map<String, Object>> replyRowsAbout(PersonId person, List<String> emails) {
		return this.jdbc
			.sql("SELECT * FROM inquiries_reply WHERE message_id IN (SELECT id FROM inquiries_message WHERE " + ABOUT
					+ ") ORDER BY sent_at")
			.param("person", person.value())
			.param("emails", addresses(emails))
			.query()
			.listOfRows();
	}

	public int deletePerson(PersonId person, List<String> emails) {
		return this.jdbc.sql("DELETE FROM inquiries_message WHERE " + ABOUT)
			.param("person", person.value())
			.param("emails", addresses(emails))
			.update();
	}

	/** An IN list is never empty: an address no message holds stands for none. */
	private static List<String> addresses(List<String> emails) {
		return emails.isEmpty() ? List.of("") : emails;
	}

	public void restrict(PersonId person, boolean restricted) {
		this.jdbc.sql("UPDATE inquiries_message SET restricted = :restricted WHERE person_id = :person")
			.param("restricted", restricted)
			.param("person", person.value())
			.update();
	}

	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE inquiries_message SET person_id = :into WHERE person_id = :from")
			.param("into", into.value())
			.param("from", from.value())
			.update();
	}

	/** A message as it is stored. */
	public record StoredMessage(UUID id, InquiryKind kind, @Nullable String subject, @Nullable UUID course,
			@Nullable PersonId person, String senderName, String senderEmail, @Nullable String senderOrganisation,
			@Nullable String senderPhone, @Nullable UUID organisation, @Nullable String routeAccount,
			@Nullable String routeRole, @Nullable String body, String language, String fingerprint, Instant receivedAt,
			LocalDate receivedOn) {
	}

}
