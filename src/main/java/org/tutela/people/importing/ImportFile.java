package org.tutela.people.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tutela.people.ImportReport.RowError;

/**
 * A CSV file as spreadsheets and old CRMs write it: UTF-8 (with or without byte-order
 * mark) or Windows-1252, comma- or semicolon-separated, a header row naming the columns.
 */
final class ImportFile {

	private static final Set<ImportColumn> REQUIRED = EnumSet.of(ImportColumn.FIRST_NAME, ImportColumn.LAST_NAME,
			ImportColumn.LANGUAGE);

	private final String text;

	private final char delimiter;

	private ImportFile(String text) {
		// A last row without a line break would otherwise be reported one line too early.
		this.text = text.endsWith("\n") ? text : text + "\n";
		String header = text.lines().findFirst().orElse("");
		this.delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
				? ';' : ',';
	}

	static ImportFile of(byte[] content) {
		return new ImportFile(decode(content));
	}

	/**
	 * Problems with the file as a whole (unknown or missing columns); empty when rows can
	 * be read.
	 */
	List<RowError> headerErrors() {
		List<RowError> errors = new ArrayList<>();
		try (CSVParser parser = parser()) {
			List<String> headers = parser.getHeaderNames();
			Set<ImportColumn> present = EnumSet.noneOf(ImportColumn.class);
			for (String header : headers) {
				Optional<ImportColumn> column = ImportColumn.of(header);
				if (column.isEmpty()) {
					errors.add(new RowError(1, header.length() > 40 ? header.substring(0, 40) : header,
							"import.unknown-column"));
				}
				column.ifPresent(present::add);
			}
			for (ImportColumn required : REQUIRED) {
				if (!present.contains(required)) {
					errors.add(new RowError(1, required.header(), "import.missing-column"));
				}
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
			errors.add(new RowError(1, "-", "import.unreadable"));
		}
		return errors;
	}

	int rowCount() {
		int[] count = { 0 };
		rows(row -> count[0]++);
		return count[0];
	}

	/** Each data row with its line number in the file; blank rows are skipped. */
	void rows(Consumer<Row> each) {
		try (CSVParser parser = parser()) {
			Map<String, ImportColumn> columns = new java.util.HashMap<>();
			parser.getHeaderNames().forEach(header -> ImportColumn.of(header).ifPresent(c -> columns.put(header, c)));
			for (CSVRecord record : parser) {
				Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
				columns.forEach((header, column) -> {
					String value = record.isMapped(header) && record.isSet(header) ? record.get(header).strip() : "";
					if (!value.isEmpty()) {
						values.put(column, value);
					}
				});
				if (!values.isEmpty()) {
					each.accept(new Row((int) parser.getCurrentLineNumber(), values));
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private CSVParser parser() throws IOException {
		return CSVFormat.RFC4180.builder()
			.setDelimiter(this.delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.get()
			.parse(new StringReader(this.text));
	}

	private static String decode(byte[] content) {
		int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(bytes)
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(content, Charset.forName("windows-1252"));
		}
	}

	/** One data row: its line in the file and its non-empty values. */
	record Row(int line, Map<ImportColumn, String> values) {

		String get(ImportColumn column) {
			return this.values.get(column);
		}

	}

}
