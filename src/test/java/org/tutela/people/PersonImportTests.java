package org.tutela.people;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.people.ImportReport.RowError;
import org.tutela.testing.ImportReports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CSV imports: the dry run reports every bad row and stores no person; confirming stores
 * the good rows only, with the organisations they name; the file itself is then emptied.
 */
@SpringBootTest
class PersonImportTests {

	@Autowired
	PersonImports imports;

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void signIn() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("importer", null, "people.manage", "ROLE_COORDINATOR"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDryRunReportsEachBadRowAndStoresNothingThenOnlyGoodRowsAreStored() {
		String file = String.join("\n",
				"first_name;last_name;language;birth_date;email;national_number;organisation;enterprise_number;contact_role",
				"An;Peeters-%1$s;nl;30/07/1985;an.%1$s@example.be;85.07.30-033.28;Bouw %1$s;0403.019.261;HR",
				"Bart;Claes-%1$s;xx;1980-02-30;bart@;;;;", "Chloé;Dubois-%1$s;fr;;chloe.%1$s@example.be;85073003329;;;",
				"Dirk;Maes-%1$s;nl;;dirk.%1$s@example.be;;Bouw %1$s;;INVOICE", "Eva;;nl;;;;;;BOSS", "")
			.formatted(this.tag);
		ImportReport checked = finished(
				this.imports.check("people.csv", file.getBytes(StandardCharsets.UTF_8), Provenance.IMPORT));

		assertThat(checked.status()).isEqualTo(ImportStatus.CHECKED);
		assertThat(checked.totalRows()).isEqualTo(5);
		assertThat(checked.validRows()).isEqualTo(2);
		assertThat(checked.errors()).containsExactly(new RowError(3, "birth_date", "import.date"),
				new RowError(3, "email", "email.invalid"), new RowError(3, "language", "language"),
				new RowError(4, "national_number", "national-number.checksum"),
				new RowError(6, "last_name", "required"), new RowError(6, "organisation", "required"));
		assertThat(personsTagged()).isZero();

		this.imports.confirm(checked.id());
		ImportReport imported = finished(checked.id());
		assertThat(imported.status()).isEqualTo(ImportStatus.IMPORTED);
		assertThat(imported.importedRows()).isEqualTo(2);
		assertThat(personsTagged()).isEqualTo(2);
		assertThat(this.jdbc
			.sql("""
					SELECT COUNT(*) FROM people_organisation_contact c JOIN people_organisation o ON o.id = c.organisation_id
					WHERE o.name = ?""")
			.param("Bouw " + this.tag)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT content FROM people_import WHERE id = ?")
			.param(checked.id())
			.query(byte[].class)
			.optional()).isEmpty();
		assertThatThrownBy(() -> this.imports.confirm(checked.id())).isInstanceOf(ImportNotConfirmable.class);
	}

	@Test
	void aFileFromExcelInWindows1252WithCommasIsRead() {
		String file = "First name,Last name,Language\r\nJosé,Müller-" + this.tag + ",de\r\n";
		ImportReport checked = finished(this.imports.check("excel.csv", file.getBytes(Charset.forName("windows-1252")),
				Provenance.UNKNOWN_LEGACY));
		assertThat(checked.errors()).isEmpty();
		this.imports.confirm(checked.id());
		finished(checked.id());
		assertThat(this.jdbc.sql("SELECT first_name, provenance FROM people_person WHERE last_name = ?")
			.param("Müller-" + this.tag)
			.query((row, n) -> row.getString(1) + " " + row.getString(2))
			.single()).isEqualTo("José UNKNOWN_LEGACY");
	}

	@Test
	void unknownAndMissingColumnsAreReportedBeforeAnyRow() {
		ImportReport checked = finished(this.imports.check("bad.csv",
				"first_name;surname\nAn;Peeters\n".getBytes(StandardCharsets.UTF_8), Provenance.IMPORT));
		assertThat(checked.errors()).containsExactly(new RowError(1, "language", "import.missing-column"),
				new RowError(1, "last_name", "import.missing-column"),
				new RowError(1, "surname", "import.unknown-column"));
		assertThat(checked.validRows()).isZero();
		assertThatThrownBy(() -> this.imports.confirm(checked.id())).isInstanceOf(ImportNotConfirmable.class);
	}

	@Test
	void anEmptyFileIsRefusedAtOnce() {
		assertThatThrownBy(() -> this.imports.check("empty.csv", new byte[0], Provenance.IMPORT))
			.isInstanceOf(ImportFileRefused.class);
	}

	private long personsTagged() {
		return this.jdbc.sql("SELECT COUNT(*) FROM people_person WHERE last_name LIKE ?")
			.param("%-" + this.tag)
			.query(Long.class)
			.single();
	}

	private ImportReport finished(UUID id) {
		return ImportReports.finished(this.imports, id);
	}

}
