package org.tutela.people.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.tutela.people.ContactRole;
import org.tutela.people.IdentifierKind;
import org.tutela.people.ImportReport.RowError;
import org.tutela.people.NewContact;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
import org.tutela.people.Provenance;
import org.tutela.people.identifier.EnterpriseNumber;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.people.importing.ImportFile.Row;
import org.tutela.people.person.CheckedPerson;
import org.tutela.people.person.PersonChecks;
import org.tutela.platform.problem.InvalidInput;

/**
 * One row of an import turned into a checked person and, when the row names one, the
 * organisation they work for. Every broken rule is reported with the row's line and
 * column.
 */
final class ImportedRow {

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
			DateTimeFormatter.ofPattern("d.M.uuuu"));

	private final @Nullable CheckedPerson person;

	private final @Nullable Employer employer;

	private final List<RowError> errors;

	private ImportedRow(@Nullable CheckedPerson person, @Nullable Employer employer, List<RowError> errors) {
		this.person = person;
		this.employer = employer;
		this.errors = List.copyOf(errors);
	}

	static ImportedRow check(Row row, Provenance provenance, PersonChecks checks) {
		List<RowError> errors = new ArrayList<>();
		LocalDate born = date(row, errors);
		List<ImportColumn> identifierColumns = new ArrayList<>();
		List<NewIdentifier> identifiers = new ArrayList<>();
		identifier(row, ImportColumn.NATIONAL_NUMBER, IdentifierKind.NATIONAL_NUMBER, identifierColumns, identifiers);
		identifier(row, ImportColumn.BSN, IdentifierKind.BSN, identifierColumns, identifiers);
		identifier(row, ImportColumn.PERSONNEL_NUMBER, IdentifierKind.PERSONNEL_NUMBER, identifierColumns, identifiers);
		NewPerson given = new NewPerson(row.get(ImportColumn.FIRST_NAME), row.get(ImportColumn.SECOND_NAME),
				row.get(ImportColumn.LAST_NAME), born, row.get(ImportColumn.LANGUAGE),
				row.get(ImportColumn.JOB_FUNCTION), provenance, contact(row, ImportColumn.EMAIL),
				contact(row, ImportColumn.PHONE), identifiers);
		CheckedPerson person = null;
		try {
			person = checks.check(given);
		}
		catch (InvalidInput invalid) {
			invalid.errors()
				.forEach(error -> errors
					.add(new RowError(row.line(), column(error.field(), identifierColumns), error.code())));
		}
		Employer employer = employer(row, errors);
		return new ImportedRow(errors.isEmpty() ? person : null, errors.isEmpty() ? employer : null, errors);
	}

	boolean valid() {
		return this.errors.isEmpty();
	}

	List<RowError> errors() {
		return this.errors;
	}

	CheckedPerson person() {
		if (this.person == null) {
			throw new IllegalStateException("An invalid row has no person");
		}
		return this.person;
	}

	@Nullable Employer employer() {
		return this.employer;
	}

	/**
	 * The organisation a row names, found by enterprise number or else by name, and the
	 * person's role there.
	 */
	record Employer(@Nullable String name, @Nullable EnterpriseNumber enterpriseNumber, ContactRole role) {
	}

	private static @Nullable LocalDate date(Row row, List<RowError> errors) {
		String text = row.get(ImportColumn.BIRTH_DATE);
		if (text == null) {
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException tryNext) {
				// The next accepted form may match.
			}
		}
		errors.add(new RowError(row.line(), ImportColumn.BIRTH_DATE.header(), "import.date"));
		return null;
	}

	private static void identifier(Row row, ImportColumn column, IdentifierKind kind, List<ImportColumn> columns,
			List<NewIdentifier> identifiers) {
		String value = row.get(column);
		if (value != null) {
			columns.add(column);
			identifiers.add(new NewIdentifier(kind, value));
		}
	}

	private static List<NewContact> contact(Row row, ImportColumn column) {
		String value = row.get(column);
		return value == null ? List.of() : List.of(NewContact.business(value));
	}

	private static String column(String field, List<ImportColumn> identifierColumns) {
		if (field.startsWith("identifiers[")) {
			int index = Integer.parseInt(field.substring("identifiers[".length(), field.indexOf(']')));
			return identifierColumns.get(index).header();
		}
		if (field.startsWith("emails[")) {
			return ImportColumn.EMAIL.header();
		}
		if (field.startsWith("phones[")) {
			return ImportColumn.PHONE.header();
		}
		return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

	private static @Nullable Employer employer(Row row, List<RowError> errors) {
		String name = row.get(ImportColumn.ORGANISATION);
		String number = row.get(ImportColumn.ENTERPRISE_NUMBER);
		String role = row.get(ImportColumn.CONTACT_ROLE);
		if (name == null && number == null) {
			if (role != null) {
				errors.add(new RowError(row.line(), ImportColumn.ORGANISATION.header(), "required"));
			}
			return null;
		}
		if (name != null && name.length() > 200) {
			errors.add(new RowError(row.line(), ImportColumn.ORGANISATION.header(), "too-long"));
		}
		EnterpriseNumber enterprise = null;
		if (number != null) {
			try {
				enterprise = EnterpriseNumber.parse(number);
			}
			catch (InvalidValue invalid) {
				errors.add(new RowError(row.line(), ImportColumn.ENTERPRISE_NUMBER.header(), invalid.reason()));
			}
		}
		ContactRole contactRole = ContactRole.OTHER;
		if (role != null) {
			try {
				contactRole = ContactRole.valueOf(role.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
			}
			catch (IllegalArgumentException unknown) {
				errors.add(new RowError(row.line(), ImportColumn.CONTACT_ROLE.header(), "import.contact-role"));
			}
		}
		return new Employer(name, enterprise, contactRole);
	}

}
