package org.tutela.billing.payment;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.tutela.billing.StructuredReference;
import org.tutela.billing.StatementRefused;
import org.tutela.billing.StatementRefused.Reason;

/**
 * Reads the few elements of an ISO 20022 camt.053 bank statement (versions 001.02 to
 * 001.13, whose paths for these elements are the same) that reconciling payments needs:
 * per statement its id and account, per entry the amount with its currency, credit or
 * debit, booking date and the bank's reference, and per transaction the debtor's name and
 * IBAN and the creditor's reference, structured ({@code RmtInf/Strd/CdtrRefInf/Ref}) or
 * as a Belgian structured communication written in the unstructured text. Everything else
 * is skipped. A file that breaks a rule is refused at the line and with the element where
 * it does (docs/decisions/016-camt053-read-by-a-small-reader.md). No DTD and no external
 * entity is read.
 */
public final class Camt053Reader {

	private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

	private static final String EURO = "EUR";

	/** +++123/4567/89012+++ or ***123/4567/89012***, as people and banks write it. */
	private static final Pattern OGM = Pattern
		.compile("(?:[+*]{3}\\s*)?(\\d{3})\\s*/\\s*(\\d{4})\\s*/\\s*(\\d{5})(?:\\s*[+*]{3})?");

	private static final XMLInputFactory FACTORY = factory();

	private final XMLStreamReader xml;

	private final Deque<String> path = new ArrayDeque<>();

	private final StringBuilder text = new StringBuilder();

	private final List<BankStatement> statements = new ArrayList<>();

	private boolean rootSeen;

	private @Nullable StatementBuilder statement;

	private @Nullable EntryBuilder entry;

	private @Nullable TransactionBuilder transaction;

	private Camt053Reader(XMLStreamReader xml) {
		this.xml = xml;
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	/**
	 * The statements of the file, each with its entries.
	 * @throws StatementRefused naming the line and the element where the file breaks a
	 * rule
	 */
	public static List<BankStatement> read(InputStream file) {
		XMLStreamReader xml;
		try {
			xml = FACTORY.createXMLStreamReader(file);
		}
		catch (XMLStreamException broken) {
			throw new StatementRefused(Reason.BROKEN, line(broken), "-");
		}
		Camt053Reader reader = new Camt053Reader(xml);
		try {
			reader.document();
		}
		catch (XMLStreamException broken) {
			throw new StatementRefused(reader.path.isEmpty() && !reader.rootSeen ? Reason.NOT_CAMT053 : Reason.BROKEN,
					line(broken), reader.where());
		}
		finally {
			try {
				xml.close();
			}
			catch (XMLStreamException ignored) {
				// nothing more is read
			}
		}
		return reader.statements;
	}

	private static int line(XMLStreamException broken) {
		return broken.getLocation() == null ? 1 : Math.max(1, broken.getLocation().getLineNumber());
	}

	private void document() throws XMLStreamException {
		while (this.xml.hasNext()) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				start();
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				this.text.append(this.xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				end();
			}
		}
		if (this.statements.isEmpty()) {
			throw new StatementRefused(Reason.MISSING, lineNow(), "BkToCstmrStmt/Stmt");
		}
	}

	private void start() {
		String name = this.xml.getLocalName();
		if (this.path.isEmpty()) {
			String namespace = this.xml.getNamespaceURI();
			if (!"Document".equals(name) || namespace == null || !namespace.startsWith(NAMESPACE)) {
				throw new StatementRefused(Reason.NOT_CAMT053, lineNow(), name);
			}
			this.rootSeen = true;
		}
		this.path.addLast(name);
		this.text.setLength(0);
		String at = at();
		if (at.equals("Document/BkToCstmrStmt/Stmt")) {
			this.statement = new StatementBuilder(lineNow());
		}
		else if (at.equals("Document/BkToCstmrStmt/Stmt/Ntry")) {
			this.entry = new EntryBuilder(lineNow());
		}
		else if (this.entry != null && at.endsWith("/Ntry/NtryDtls/TxDtls")) {
			this.transaction = new TransactionBuilder(lineNow());
			this.entry.transactions.add(this.transaction);
		}
		else if (at.endsWith("/Ntry/Amt") || at.endsWith("/TxDtls/AmtDtls/TxAmt/Amt")) {
			String currency = this.xml.getAttributeValue(null, "Ccy");
			if (!EURO.equals(currency)) {
				throw new StatementRefused(Reason.CURRENCY, lineNow(), field() + "/@Ccy");
			}
		}
	}

	private void end() {
		String at = at();
		String value = this.text.toString().strip();
		this.text.setLength(0);
		StatementBuilder statement = this.statement;
		EntryBuilder entry = this.entry;
		TransactionBuilder transaction = this.transaction;
		if (statement != null && entry == null) {
			if (at.equals("Document/BkToCstmrStmt/Stmt/Id")) {
				statement.id = value;
			}
			else if (at.equals("Document/BkToCstmrStmt/Stmt/Acct/Id/IBAN")
					|| at.equals("Document/BkToCstmrStmt/Stmt/Acct/Id/Othr/Id")) {
				statement.account = value;
			}
			else if (at.equals("Document/BkToCstmrStmt/Stmt")) {
				this.statements.add(statement.build(this));
				this.statement = null;
			}
		}
		else if (statement != null && entry != null) {
			if (transaction != null && at.contains("/NtryDtls/TxDtls/")) {
				transactionField(transaction, at, value);
			}
			else if (at.endsWith("/NtryDtls/TxDtls")) {
				this.transaction = null;
			}
			else if (at.endsWith("/Ntry/Amt")) {
				entry.cents = cents(value);
			}
			else if (at.endsWith("/Ntry/CdtDbtInd")) {
				if (!value.equals("CRDT") && !value.equals("DBIT")) {
					throw new StatementRefused(Reason.VALUE, lineNow(), field());
				}
				entry.credit = value.equals("CRDT");
			}
			else if (at.endsWith("/Ntry/BookgDt/Dt") || at.endsWith("/Ntry/BookgDt/DtTm")) {
				entry.bookedOn = day(value);
			}
			else if (at.endsWith("/Ntry/NtryRef")) {
				entry.entryReference = value;
			}
			else if (at.endsWith("/Ntry/AcctSvcrRef")) {
				entry.servicerReference = value;
			}
			else if (at.equals("Document/BkToCstmrStmt/Stmt/Ntry")) {
				statement.entries.addAll(entry.build(this));
				this.entry = null;
			}
		}
		this.path.removeLast();
	}

	private void transactionField(TransactionBuilder transaction, String at, String value) {
		if (at.endsWith("/TxDtls/AmtDtls/TxAmt/Amt")) {
			transaction.cents = cents(value);
		}
		else if (at.endsWith("/TxDtls/Refs/AcctSvcrRef")) {
			transaction.servicerReference = value;
		}
		else if (at.endsWith("/RltdPties/Dbtr/Nm") || at.endsWith("/RltdPties/Dbtr/Pty/Nm")) {
			transaction.debtorName = value;
		}
		else if (at.endsWith("/RltdPties/DbtrAcct/Id/IBAN")) {
			transaction.debtorIban = value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		}
		else if (at.endsWith("/RmtInf/Strd/CdtrRefInf/Ref")) {
			transaction.structured = value;
		}
		else if (at.endsWith("/RmtInf/Ustrd")) {
			transaction.unstructured = transaction.unstructured == null ? value
					: transaction.unstructured + " " + value;
		}
	}

	/** Cents of an amount of at most two decimals, above zero. */
	private long cents(String value) {
		try {
			BigDecimal amount = new BigDecimal(value);
			if (amount.scale() <= 2 && amount.signum() > 0 && value.matches("\\d+(\\.\\d{1,2})?")) {
				return amount.movePointRight(2).longValueExact();
			}
		}
		catch (NumberFormatException | ArithmeticException unreadable) {
			// refused below
		}
		throw new StatementRefused(Reason.AMOUNT, lineNow(), field());
	}

	private LocalDate day(String value) {
		try {
			return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (DateTimeParseException unreadable) {
			throw new StatementRefused(Reason.VALUE, lineNow(), field());
		}
	}

	private String at() {
		return String.join("/", this.path);
	}

	/**
	 * The element now read, from the entry or statement it is in, as a person reads it.
	 */
	private String field() {
		String at = at();
		int ntry = at.indexOf("/Ntry/");
		if (ntry >= 0) {
			return at.substring(ntry + 1);
		}
		int stmt = at.indexOf("Stmt/");
		return stmt >= 0 ? at.substring(stmt) : at;
	}

	private String where() {
		return this.path.isEmpty() ? "-" : field();
	}

	private int lineNow() {
		return Math.max(1, this.xml.getLocation().getLineNumber());
	}

	/**
	 * The creditor reference a transfer names, as the twelve digits of a Belgian
	 * structured communication when it is one: structured first, else found in the text.
	 */
	static @Nullable String reference(@Nullable String structured, @Nullable String unstructured) {
		if (structured != null) {
			String digits = structured.replaceAll("[+*/\\s]", "");
			if (digits.matches("\\d{12}") && valid(digits)) {
				return digits;
			}
			return structured.length() > 35 ? structured.substring(0, 35) : structured;
		}
		if (unstructured != null) {
			Matcher matcher = OGM.matcher(unstructured);
			while (matcher.find()) {
				String digits = matcher.group(1) + matcher.group(2) + matcher.group(3);
				if (valid(digits)) {
					return digits;
				}
			}
		}
		return null;
	}

	private static boolean valid(String digits) {
		try {
			new StructuredReference(digits);
			return true;
		}
		catch (IllegalArgumentException invalid) {
			return false;
		}
	}

	/**
	 * A statement: the bank's id for it, the account, its credits and how many debits.
	 */
	public record BankStatement(String id, String account, List<Transfer> transfers, int debits) {
	}

	/**
	 * A transfer received: the reference that keeps it from being booked twice (the
	 * entry's, with the transaction's position when an entry holds several), the day it
	 * was booked, the amount in cents, who paid, the reference they gave (the twelve
	 * digits of a structured communication when it is one) and their text, and the line
	 * of the file it starts at.
	 */
	public record Transfer(String entryReference, LocalDate bookedOn, long cents, @Nullable String debtorName,
			@Nullable String debtorIban, @Nullable String reference, @Nullable String text, int line) {
	}

	private static final class StatementBuilder {

		private final int line;

		private @Nullable String id;

		private @Nullable String account;

		private final List<Transfer> entries = new ArrayList<>();

		private int debits;

		StatementBuilder(int line) {
			this.line = line;
		}

		BankStatement build(Camt053Reader reader) {
			if (this.id == null || this.id.isEmpty() || this.id.length() > 35) {
				throw new StatementRefused(Reason.MISSING, this.line, "Stmt/Id");
			}
			if (this.account == null || this.account.isEmpty() || this.account.length() > 34) {
				throw new StatementRefused(Reason.MISSING, this.line, "Stmt/Acct/Id");
			}
			return new BankStatement(this.id, this.account, List.copyOf(this.entries), this.debits);
		}

	}

	private static final class EntryBuilder {

		private final int line;

		private @Nullable Long cents;

		private @Nullable Boolean credit;

		private @Nullable LocalDate bookedOn;

		private @Nullable String entryReference;

		private @Nullable String servicerReference;

		private final List<TransactionBuilder> transactions = new ArrayList<>();

		EntryBuilder(int line) {
			this.line = line;
		}

		List<Transfer> build(Camt053Reader reader) {
			if (this.cents == null) {
				throw new StatementRefused(Reason.MISSING, this.line, "Ntry/Amt");
			}
			if (this.credit == null) {
				throw new StatementRefused(Reason.MISSING, this.line, "Ntry/CdtDbtInd");
			}
			if (this.bookedOn == null) {
				throw new StatementRefused(Reason.MISSING, this.line, "Ntry/BookgDt");
			}
			String reference = this.servicerReference != null ? this.servicerReference : this.entryReference;
			if (reference == null && this.transactions.size() == 1) {
				reference = this.transactions.get(0).servicerReference;
			}
			if (reference == null || reference.isEmpty() || reference.length() > 60) {
				throw new StatementRefused(Reason.MISSING, this.line, "Ntry/AcctSvcrRef");
			}
			if (!this.credit) {
				reader.statementBuilder().debits++;
				return List.of();
			}
			if (this.transactions.size() <= 1) {
				TransactionBuilder only = this.transactions.isEmpty() ? new TransactionBuilder(this.line)
						: this.transactions.get(0);
				return List.of(only.build(reference, this.bookedOn, this.cents));
			}
			List<Transfer> transfers = new ArrayList<>();
			for (int i = 0; i < this.transactions.size(); i++) {
				TransactionBuilder transaction = this.transactions.get(i);
				if (transaction.cents == null) {
					throw new StatementRefused(Reason.MISSING, transaction.line, "Ntry/NtryDtls/TxDtls/AmtDtls/TxAmt");
				}
				transfers.add(transaction.build(reference + "/" + (i + 1), this.bookedOn, transaction.cents));
			}
			return transfers;
		}

	}

	private StatementBuilder statementBuilder() {
		StatementBuilder statement = this.statement;
		if (statement == null) {
			throw new IllegalStateException("an entry outside a statement");
		}
		return statement;
	}

	private static final class TransactionBuilder {

		private final int line;

		private @Nullable Long cents;

		private @Nullable String servicerReference;

		private @Nullable String debtorName;

		private @Nullable String debtorIban;

		private @Nullable String structured;

		private @Nullable String unstructured;

		TransactionBuilder(int line) {
			this.line = line;
		}

		Transfer build(String reference, LocalDate bookedOn, long cents) {
			return new Transfer(reference, bookedOn, cents, cut(this.debtorName, 140), cut(this.debtorIban, 34),
					reference(this.structured, this.unstructured), cut(this.unstructured, 500), this.line);
		}

		private static @Nullable String cut(@Nullable String value, int length) {
			return value == null || value.length() <= length ? value : value.substring(0, length);
		}

	}

}
