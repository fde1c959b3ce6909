package org.tutela.billing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Bank statements as Belgian banks send them in ISO 20022 camt.053, version 001.02 or
 * 001.08, one element per line, of the entries given.
 */
final class Camt053 {

	static final String ACCOUNT = "BE68539007547034";

	/** The day entries are booked on unless another is given. */
	private static final LocalDate BOOKED = LocalDate.of(2026, 12, 5);

	private Camt053() {
	}

	/** A statement in version 001.02, where the debtor's name is {@code Dbtr/Nm}. */
	static String v02(String id, Entry... entries) {
		return statement("02", id, entries);
	}

	/** A statement in version 001.08, where the debtor's name is {@code Dbtr/Pty/Nm}. */
	static String v08(String id, Entry... entries) {
		return statement("08", id, entries);
	}

	private static String statement(String version, String id, Entry... entries) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.%s">
				<BkToCstmrStmt>
				<GrpHdr>
				<MsgId>MSG-%s</MsgId>
				<CreDtTm>2026-12-07T06:00:00</CreDtTm>
				</GrpHdr>
				<Stmt>
				<Id>%s</Id>
				<CreDtTm>2026-12-07T06:00:00</CreDtTm>
				<Acct>
				<Id>
				<IBAN>%s</IBAN>
				</Id>
				<Ccy>EUR</Ccy>
				</Acct>
				<Bal>
				<Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>
				<Amt Ccy="EUR">1000.00</Amt>
				<CdtDbtInd>CRDT</CdtDbtInd>
				<Dt><Dt>2026-12-06</Dt></Dt>
				</Bal>
				%s</Stmt>
				</BkToCstmrStmt>
				</Document>
				""".formatted(version, id, id, ACCOUNT,
				Arrays.stream(entries).map(entry -> entry.xml(version)).collect(Collectors.joining()));
	}

	/** The line (from 1) of the statement holding the text first. */
	static int lineOf(String statement, String text) {
		String[] lines = statement.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError("not in the statement: " + text);
	}

	/** A credit of the amount, with a structured reference or a text. */
	static Entry credit(String reference, String amount, @Nullable String structured, @Nullable String text) {
		return new Entry(reference, amount, "EUR", "CRDT", structured, text, "Jan Peeters", "BE71096123456769", BOOKED);
	}

	static Entry debit(String reference, String amount) {
		return new Entry(reference, amount, "EUR", "DBIT", null, "Huur december", "Verhuurder NV", "BE62510007547061",
				BOOKED);
	}

	/** An entry of the statement. */
	record Entry(String reference, String amount, String currency, String indicator, @Nullable String structured,
			@Nullable String text, String debtor, String iban, LocalDate booked) {

		Entry inCurrency(String other) {
			return new Entry(this.reference, this.amount, other, this.indicator, this.structured, this.text,
					this.debtor, this.iban, this.booked);
		}

		Entry bookedOn(LocalDate day) {
			return new Entry(this.reference, this.amount, this.currency, this.indicator, this.structured, this.text,
					this.debtor, this.iban, day);
		}

		String xml(String version) {
			String name = version.equals("02") ? "<Nm>" + this.debtor + "</Nm>"
					: "<Pty><Nm>" + this.debtor + "</Nm></Pty>";
			String remittance = this.structured != null ? """
					<Strd>
					<CdtrRefInf>
					<Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp>
					<Ref>%s</Ref>
					</CdtrRefInf>
					</Strd>
					""".formatted(this.structured) : """
					<Ustrd>%s</Ustrd>
					""".formatted(this.text);
			return """
					<Ntry>
					<NtryRef>%s</NtryRef>
					<Amt Ccy="%s">%s</Amt>
					<CdtDbtInd>%s</CdtDbtInd>
					<Sts>BOOK</Sts>
					<BookgDt>
					<Dt>%s</Dt>
					</BookgDt>
					<ValDt><Dt>%s</Dt></ValDt>
					<AcctSvcrRef>%s</AcctSvcrRef>
					<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
					<NtryDtls>
					<TxDtls>
					<Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
					<RltdPties>
					<Dbtr>%s</Dbtr>
					<DbtrAcct>
					<Id><IBAN>%s</IBAN></Id>
					</DbtrAcct>
					</RltdPties>
					<RmtInf>
					%s</RmtInf>
					</TxDtls>
					</NtryDtls>
					</Ntry>
					""".formatted(this.reference, this.currency, this.amount, this.indicator, this.booked, this.booked,
					this.reference, name, this.iban, remittance);
		}

	}

}
