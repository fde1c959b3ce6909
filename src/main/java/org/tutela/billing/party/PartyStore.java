package org.tutela.billing.party;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.billing.BillingDetails;
import org.tutela.billing.PaymentMethod;
import org.tutela.billing.PrivateBillingDetails;
import org.tutela.personaldata.PersonId;

/** The billing details of client organisations and private persons, as checked. */
@Repository
public class PartyStore {

	private final JdbcClient jdbc;

	PartyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<BillingDetails> details(UUID organisation) {
		return this.jdbc.sql("""
				SELECT payment_method, peppol_scheme, peppol_value, vat_number, buyer_reference, order_reference,
					invoice_email, language, kmo_project FROM billing_party WHERE organisation_id = :organisation""")
			.param("organisation", organisation)
			.query((row, number) -> new BillingDetails(PaymentMethod.valueOf(row.getString("payment_method")),
					row.getString("peppol_scheme"), row.getString("peppol_value"), row.getString("vat_number"),
					row.getString("buyer_reference"), row.getString("order_reference"), row.getString("invoice_email"),
					row.getString("language"), row.getString("kmo_project")))
			.optional();
	}

	public void save(UUID organisation, BillingDetails details, String by, Instant at) {
		this.jdbc.sql("DELETE FROM billing_party WHERE organisation_id = :organisation")
			.param("organisation", organisation)
			.update();
		this.jdbc.sql("""
				INSERT INTO billing_party (organisation_id, payment_method, peppol_scheme, peppol_value, vat_number,
					buyer_reference, order_reference, invoice_email, language, kmo_project, changed_by, changed_at)
				VALUES (:organisation, :payment, :scheme, :peppol, :vat, :buyerReference, :orderReference, :email,
					:language, :kmoProject, :by, :at)""")
			.param("organisation", organisation)
			.param("payment", details.paymentMethod().name())
			.param("scheme", details.peppolScheme())
			.param("peppol", details.peppolId())
			.param("vat", details.vatNumber())
			.param("buyerReference", details.buyerReference())
			.param("orderReference", details.orderReference())
			.param("email", details.invoiceEmail())
			.param("language", details.language())
			.param("kmoProject", details.kmoProject())
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	public Optional<PrivateBillingDetails> details(PersonId person) {
		return this.jdbc
			.sql("SELECT street, postcode, city, country, email FROM billing_private_party WHERE person_id = :person")
			.param("person", person.value())
			.query((row, number) -> new PrivateBillingDetails(row.getString("street"), row.getString("postcode"),
					row.getString("city"), row.getString("country"), row.getString("email")))
			.optional();
	}

	public void save(PersonId person, PrivateBillingDetails details, String by, Instant at) {
		forget(person);
		this.jdbc.sql("""
				INSERT INTO billing_private_party (person_id, street, postcode, city, country, email, changed_by,
					changed_at)
				VALUES (:person, :street, :postcode, :city, :country, :email, :by, :at)""")
			.param("person", person.value())
			.param("street", details.street())
			.param("postcode", details.postcode())
			.param("city", details.city())
			.param("country", details.country())
			.param("email", details.email())
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	public void forget(PersonId person) {
		this.jdbc.sql("DELETE FROM billing_private_party WHERE person_id = :person")
			.param("person", person.value())
			.update();
	}

	/** The row kept for the person, as the catalogue exports it. */
	public List<Map<String, Object>> rowAbout(PersonId person) {
		return this.jdbc.sql("SELECT * FROM billing_private_party WHERE person_id = :person")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/**
	 * Moves the person's details to the person they are merged into, unless that one has
	 * details of their own.
	 */
	public void reassign(PersonId from, PersonId into) {
		if (details(into).isPresent()) {
			forget(from);
		}
		else {
			this.jdbc.sql("UPDATE billing_private_party SET person_id = :into WHERE person_id = :from")
				.param("into", into.value())
				.param("from", from.value())
				.update();
		}
	}

}
