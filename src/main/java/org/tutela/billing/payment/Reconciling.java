package org.tutela.billing.payment;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.InvoiceNotFound;
import org.tutela.billing.InvoiceStanding;
import org.tutela.billing.Parties;
import org.tutela.billing.PaymentExceedsOpenAmount;
import org.tutela.billing.PaymentNotFound;
import org.tutela.billing.PaymentSettled;
import org.tutela.billing.ReceivedTransfer;
import org.tutela.billing.StatementImport;
import org.tutela.billing.StatementRefused;
import org.tutela.billing.StructuredReference;
import org.tutela.billing.collection.Settling;
import org.tutela.billing.payment.Camt053Reader.BankStatement;
import org.tutela.billing.payment.Camt053Reader.Transfer;
import org.tutela.billing.payment.PaymentStore.Balance;
import org.tutela.billing.payment.PaymentStore.NewPayment;
import org.tutela.billing.payment.PaymentStore.OpenInvoice;
import org.tutela.billing.payment.PaymentStore.PaymentStatus;
import org.tutela.billing.payment.PaymentStore.StoredPayment;
import org.tutela.identity.Caller;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;

/**
 * Books the transfers of camt.053 statements against the issued invoices: a transfer
 * whose structured communication is an invoice's pays it when it brings no more than is
 * open of it (all of it: paid; less: partly paid, the rest still open); any other waits
 * for finance, who assign it to an invoice or mark it as not a payment of an invoice. An
 * entry of a statement is booked once, however often the file is imported. Debits are not
 * kept: they pay others, and would only keep their names and accounts.
 */
@Component
public class Reconciling {

	/**
	 * The largest statement file accepted: a month of a busy account, many times over.
	 */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(Reconciling.class);

	private final PaymentStore store;

	private final AuditTrail audit;

	private final Register register;

	private final Clock clock;

	private final Settling settling;

	Reconciling(PaymentStore store, AuditTrail audit, Register register, Clock clock, Settling settling) {
		this.store = store;
		this.audit = audit;
		this.register = register;
		this.clock = clock;
		this.settling = settling;
	}

	/**
	 * Imports a statement file: either all of it is booked, or it is refused with the
	 * line and element at fault and nothing is.
	 */
	public StatementImport importFile(byte[] file) {
		if (file.length == 0 || file.length > MAX_BYTES) {
			throw new StatementRefused(StatementRefused.Reason.SIZE, 1, "-");
		}
		List<BankStatement> statements = Camt053Reader.read(new ByteArrayInputStream(file));
		String by = Caller.name();
		Instant now = this.clock.instant();
		int booked = 0;
		int matched = 0;
		int already = 0;
		int debits = 0;
		Set<UUID> paid = new HashSet<>();
		try {
			for (BankStatement statement : statements) {
				this.store.recordStatement(statement.id(), statement.account(), by, now);
				Set<String> known = this.store.bookedEntries(statement.id());
				List<Transfer> fresh = new ArrayList<>();
				for (Transfer transfer : statement.transfers()) {
					if (known.add(transfer.entryReference())) {
						fresh.add(transfer);
					}
					else {
						already++;
					}
				}
				List<NewPayment> payments = match(fresh, by, now);
				this.store.insert(statement.id(), payments);
				payments.stream().map(NewPayment::invoice).filter(Objects::nonNull).forEach(paid::add);
				booked += payments.size();
				matched += (int) payments.stream().filter(payment -> payment.invoice() != null).count();
				debits += statement.debits();
			}
		}
		catch (DuplicateKeyException meanwhile) {
			// The same statement imported at the same moment by someone else: nothing
			// here
			// is kept, and importing it again books what is still to book.
			throw new StatementRefused(StatementRefused.Reason.BUSY, 1, "Stmt/Id");
		}
		this.settling.paidOrCredited(paid);
		StatementImport result = new StatementImport(statements.size(), booked, matched, booked - matched, already,
				debits);
		this.audit.record(AuditEvent.of(AuditAction.CREATE, null, "bank statement imported: " + booked
				+ " transfers booked, " + matched + " matched, " + already + " booked before"));
		log.info("Bank statement imported: {} transfers booked, {} matched, {} booked before", booked, matched,
				already);
		return result;
	}

	/**
	 * Each transfer against the open amount of the invoice whose structured communication
	 * it gives, in the order of the statement, so that a second transfer pays what the
	 * first left open.
	 */
	private List<NewPayment> match(List<Transfer> transfers, String by, Instant now) {
		Set<String> references = new HashSet<>();
		transfers.stream().map(Transfer::reference).filter(Objects::nonNull).forEach(references::add);
		Map<String, OpenInvoice> invoices = this.store.openByReference(references);
		Map<UUID, Long> open = new HashMap<>();
		invoices.values().forEach(invoice -> open.put(invoice.id(), invoice.openCents()));
		List<NewPayment> payments = new ArrayList<>(transfers.size());
		for (Transfer transfer : transfers) {
			OpenInvoice invoice = transfer.reference() == null ? null : invoices.get(transfer.reference());
			UUID pays = null;
			if (invoice != null && transfer.cents() <= open.get(invoice.id())) {
				pays = invoice.id();
				open.merge(pays, -transfer.cents(), Long::sum);
			}
			payments.add(new NewPayment(UUID.randomUUID(), transfer.entryReference(), transfer.bookedOn(),
					transfer.cents(), transfer.debtorName(), transfer.debtorIban(), transfer.reference(),
					transfer.text(), pays == null ? PaymentStatus.UNMATCHED : PaymentStatus.MATCHED, pays, by, now));
		}
		return payments;
	}

	/**
	 * Assigns a transfer left open to an issued invoice of which at least as much is
	 * open.
	 */
	public void assign(UUID payment, UUID invoice) {
		StoredPayment transfer = open(payment);
		Balance balance = this.store.lockInvoice(invoice).orElseThrow(() -> new InvoiceNotFound(invoice));
		if (transfer.cents() > balance.openCents()) {
			throw new PaymentExceedsOpenAmount(balance.number(), balance.openCents());
		}
		this.store.settle(payment, PaymentStatus.MATCHED, invoice, Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, balance.person(),
				"transfer assigned to invoice " + balance.number()));
		this.settling.paidOrCredited(invoice);
	}

	/** Marks a transfer left open as not a payment of an invoice. */
	public void dismiss(UUID payment) {
		open(payment);
		this.store.settle(payment, PaymentStatus.NOT_OURS, null, Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null, "transfer marked as not a payment of an invoice"));
	}

	private StoredPayment open(UUID payment) {
		StoredPayment transfer = this.store.lock(payment).orElseThrow(() -> new PaymentNotFound(payment));
		if (transfer.status() != PaymentStatus.UNMATCHED) {
			throw new PaymentSettled();
		}
		return transfer;
	}

	/**
	 * The transfers of a status, the latest first, at most {@code limit}; reading who
	 * paid from which account is audited.
	 */
	public List<ReceivedTransfer> transfers(ReceivedTransfer.Status status, int limit) {
		List<StoredPayment> payments = this.store.withStatus(PaymentStatus.valueOf(status.name()), limit);
		Map<UUID, String> numbers = new HashMap<>();
		List<ReceivedTransfer> transfers = payments.stream()
			.map(payment -> new ReceivedTransfer(payment.id(), payment.bookedOn(), payment.cents(),
					payment.debtorName(), payment.debtorIban(), printed(payment.reference()), payment.text(), status,
					payment.invoice() == null ? null : numbers.computeIfAbsent(payment.invoice(), this::number)))
			.toList();
		if (!transfers.isEmpty()) {
			this.audit.record(AuditEvent.of(AuditAction.READ, null,
					"bank transfers listed with their debtors: " + transfers.size()));
		}
		return transfers;
	}

	private String number(UUID invoice) {
		return this.store.balance(invoice).map(Balance::number).orElse("");
	}

	private static @Nullable String printed(@Nullable String reference) {
		if (reference != null && reference.matches("\\d{12}")) {
			try {
				return new StructuredReference(reference).toString();
			}
			catch (IllegalArgumentException notOne) {
				return reference;
			}
		}
		return reference;
	}

	/** What is owed on an issued invoice. */
	public InvoiceStanding standing(UUID invoice) {
		Balance balance = this.store.balance(invoice).orElseThrow(() -> new InvoiceNotFound(invoice));
		readBuyer(List.of(balance));
		return standing(balance);
	}

	/** The issued invoices with something left to pay, the oldest due first. */
	public List<InvoiceStanding> unpaid() {
		List<Balance> balances = this.store.unpaid(null);
		readBuyer(balances);
		return balances.stream().map(this::standing).toList();
	}

	private void readBuyer(List<Balance> balances) {
		balances.stream()
			.map(Balance::person)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(person -> this.audit.record(AuditEvent.read(person, Parties.PURPOSE, "buyer_name")));
	}

	InvoiceStanding standing(Balance balance) {
		ZoneId zone = this.clock.getZone();
		LocalDate today = LocalDate.now(this.clock);
		long open = balance.openCents();
		InvoiceStanding.State state = open <= 0 && balance.paidCents() == 0 ? InvoiceStanding.State.CREDITED
				: open <= 0 ? InvoiceStanding.State.PAID
						: balance.paidCents() > 0 ? InvoiceStanding.State.PARTLY_PAID : InvoiceStanding.State.UNPAID;
		LocalDate last = balance.lastReminder() == null ? null : LocalDate.ofInstant(balance.lastReminder(), zone);
		return new InvoiceStanding(balance.id(), balance.number(), balance.buyer(), balance.issueDate(),
				balance.dueDate(), balance.payableCents(), balance.paidCents(), balance.creditedCents(),
				Math.max(0, open), state, open > 0 && balance.dueDate().isBefore(today), balance.reminders(), last,
				open > 0 && readyForHandOver(balance, last, today), balance.handedOver(),
				Reminders.letterDue(balance, this.register.pack().billing().reminderDays(), today));
	}

	/**
	 * After the pack's last reminder and the days it gives after it, until it is handed
	 * over.
	 */
	private boolean readyForHandOver(Balance balance, @Nullable LocalDate last, LocalDate today) {
		PolicyPack.Billing billing = this.register.pack().billing();
		return billing.handsOver() && last != null && balance.reminders() > 0
				&& balance.lastStep() >= billing.reminderDays().size()
				&& !today.isBefore(last.plusDays(billing.handOverDays())) && !balance.handedOver();
	}

}
