package org.tutela.billing.collection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.HandOver;
import org.tutela.billing.HandedOverInvoice;
import org.tutela.billing.InvoiceHandedOver;
import org.tutela.billing.InvoiceHandedOverBefore;
import org.tutela.billing.InvoiceNotHandedOver;
import org.tutela.billing.InvoiceNotReadyForHandOver;
import org.tutela.billing.InvoiceStanding;
import org.tutela.billing.Invoices;
import org.tutela.billing.Parties;
import org.tutela.billing.payment.Reconciling;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.identity.Caller;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Activity;
import org.tutela.register.Recipient;
import org.tutela.register.RecipientType;
import org.tutela.register.Register;

/**
 * Hands unpaid invoices over for collection: checks the recipient against the pack and
 * the invoice's standing, stores the hand-over, records the disclosure and says that the
 * invoice was handed over ({@link InvoiceHandedOver}), all in the caller's transaction.
 */
@Component
public class Collecting {

	/**
	 * What a collector needs of the persons an invoice names: who, where, what is owed.
	 */
	private static final Set<DataCategory> NEEDED = EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
			DataCategory.FINANCIAL);

	private final HandOverStore store;

	private final Reconciling reconciling;

	private final Register register;

	private final Disclosures disclosures;

	private final Invoices invoices;

	private final CollectorSheet sheet;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	Collecting(HandOverStore store, Reconciling reconciling, Register register, Disclosures disclosures,
			Invoices invoices, CollectorSheet sheet, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.store = store;
		this.reconciling = reconciling;
		this.register = register;
		this.disclosures = disclosures;
		this.invoices = invoices;
		this.sheet = sheet;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The collection agents of the activity that serves billing, in the pack's order. */
	public List<String> agents() {
		return activity()
			.map(found -> found.recipients().stream().filter(Collecting::collects).map(Recipient::name).toList())
			.orElse(List.of());
	}

	public HandOver handOver(UUID invoice, @Nullable String recipient) {
		String agent = recipient == null ? null
				: agents().stream().filter(named -> named.equalsIgnoreCase(recipient.strip())).findFirst().orElse(null);
		if (agent == null) {
			throw new InvalidInput(List.of(new FieldError("recipient",
					recipient == null || recipient.isBlank() ? "required" : "billing.collection-agent")));
		}
		InvoiceStanding standing = this.reconciling.standing(invoice);
		if (standing.handedOver()) {
			throw new InvoiceHandedOverBefore(standing.number());
		}
		if (!standing.readyForHandOver()) {
			throw new InvoiceNotReadyForHandOver(standing.number());
		}
		HandOver handOver = new HandOver(invoice, agent, this.clock.instant(), Caller.name(), null);
		if (!this.store.add(handOver)) {
			throw new InvoiceHandedOverBefore(standing.number());
		}
		List<PersonId> named = this.store.named(invoice);
		if (!named.isEmpty()) {
			Activity billing = activity().orElseThrow();
			List<String> categories = billing.categories()
				.stream()
				.filter(NEEDED::contains)
				.sorted()
				.map(category -> category.name().toLowerCase(Locale.ROOT))
				.toList();
			this.disclosures
				.recordOnBehalf(new NewDisclosure(billing.id(), agent, categories, named, standing.number()));
		}
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null,
				"invoice " + standing.number() + " handed over for collection"));
		this.events.publishEvent(new InvoiceHandedOver(invoice, standing.number(), named));
		return handOver;
	}

	public Optional<HandOver> handOverOf(UUID invoice) {
		return this.store.of(invoice);
	}

	public List<InvoiceStanding> overdue() {
		return this.reconciling.unpaid()
			.stream()
			.filter(InvoiceStanding::overdue)
			.filter(standing -> !standing.handedOver())
			.toList();
	}

	public List<HandedOverInvoice> handedOver(int limit) {
		return this.store.latest(limit)
			.stream()
			.map(handOver -> new HandedOverInvoice(handOver, this.reconciling.standing(handOver.invoice())))
			.toList();
	}

	/**
	 * The invoice's PDF and the collector's page about it, zipped; the file's name to
	 * give it.
	 */
	public String forTheCollector(UUID invoice, OutputStream out) {
		InvoiceStanding standing = this.reconciling.standing(invoice);
		HandOver handOver = this.store.of(invoice).orElseThrow(() -> new InvoiceNotHandedOver(standing.number()));
		HandOverStore.Addressee buyer = this.store.addressee(invoice);
		byte[] page = this.sheet.render(standing, buyer, this.store.reminded(invoice, this.clock.getZone()), handOver);
		byte[] pdf = this.invoices.pdf(invoice);
		ZipOutputStream zip = new ZipOutputStream(out);
		try {
			zip.putNextEntry(new ZipEntry(standing.number() + ".pdf"));
			zip.write(pdf);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(standing.number() + "-collection.pdf"));
			zip.write(page);
			zip.closeEntry();
			zip.finish();
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		this.store.named(invoice)
			.forEach(
					person -> this.audit.record(new AuditEvent(AuditAction.EXPORT, person, null, Parties.PURPOSE,
							Set.of("buyer_name", "buyer_street", "buyer_postcode", "buyer_city", "buyer_country",
									"description", "pdf"),
							"invoice " + standing.number() + " exported for collection")));
		return standing.number() + "-collection.zip";
	}

	private Optional<Activity> activity() {
		return this.register.pack().activityServing(Parties.PURPOSE);
	}

	private static boolean collects(Recipient recipient) {
		return recipient.type() == RecipientType.COLLECTION_AGENT;
	}

}
