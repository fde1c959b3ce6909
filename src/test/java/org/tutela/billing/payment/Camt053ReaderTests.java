package org.tutela.billing.payment;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tutela.billing.StatementRefused;
import org.tutela.billing.payment.Camt053Reader.BankStatement;
import org.tutela.billing.payment.Camt053Reader.Transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The few elements of a camt.053 statement reconciling needs: an entry booking several
 * transfers gives one per transaction, each keyed by the entry's reference and its
 * position; a communication typed with asterisks or a wrong check is told apart; an
 * entity declared in a DTD is not expanded.
 */
class Camt053ReaderTests {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
			<BkToCstmrStmt><Stmt><Id>S-1</Id><Acct><Id><IBAN>BE68539007547034</IBAN></Id></Acct>
			""";

	private static final String TAIL = "</Stmt></BkToCstmrStmt></Document>\n";

	@Test
	void anEntryOfSeveralTransactionsGivesATransferForEachWithItsOwnAmountAndReference() {
		List<BankStatement> statements = read(
				HEAD + """
						<Ntry><Amt Ccy="EUR">30.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><DtTm>2026-12-05T10:00:00</DtTm></BookgDt>
						<AcctSvcrRef>B-1</AcctSvcrRef><NtryDtls>
						<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">10.00</Amt></TxAmt></AmtDtls>
						<RltdPties><Dbtr><Pty><Nm>Een</Nm></Pty></Dbtr></RltdPties>
						<RmtInf><Ustrd>betaling ***010/8068/17183*** dank</Ustrd></RmtInf></TxDtls>
						<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">20.00</Amt></TxAmt></AmtDtls>
						<RmtInf><Ustrd>+++010/8068/17184+++</Ustrd></RmtInf></TxDtls>
						</NtryDtls></Ntry>
						<Ntry><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-12-05</Dt></BookgDt>
						<NtryRef>D-1</NtryRef></Ntry>
						"""
						+ TAIL);

		assertThat(statements).singleElement().satisfies(statement -> {
			assertThat(statement.id()).isEqualTo("S-1");
			assertThat(statement.debits()).isEqualTo(1);
			assertThat(statement.transfers())
				.extracting(Transfer::entryReference, Transfer::cents, Transfer::debtorName, Transfer::reference,
						Transfer::bookedOn)
				.containsExactly(tuple("B-1/1", 1_000L, "Een", "010806817183", LocalDate.of(2026, 12, 5)),
						tuple("B-1/2", 2_000L, null, null, LocalDate.of(2026, 12, 5)));
		});
	}

	@Test
	void anEntityDeclaredInTheFileIsNotExpanded() {
		String withEntity = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/hostname">]>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
				<BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>
				""";

		assertThatThrownBy(() -> read(withEntity)).isInstanceOf(StatementRefused.class);
	}

	private static List<BankStatement> read(String xml) {
		return Camt053Reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
