package org.tutela.requests.fulfil;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.platform.spreadsheet.SpreadsheetCells;
import org.tutela.register.Activity;
import org.tutela.requests.Overview;
import org.tutela.requests.Overview.Group;

/**
 * An overview in machine-readable form (GDPR Art. 20): a JSON document with a record per
 * row, each with the activities it serves, its table and kind, and its fields by column
 * with their labels; and the same as CSV, one line per field. Table and column names
 * stay, so that another system can take the data over; the labels say what they are in
 * the reader's language.
 */
public final class PortableExport {

	private PortableExport() {
	}

	/** The JSON document as maps and lists, for the web layer's JSON writer. */
	public static Map<String, Object> json(Overview overview, OverviewLabels labels, Locale locale) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (Group group : overview.groups()) {
			for (PersonalRecord record : group.records()) {
				List<Map<String, String>> fields = new ArrayList<>();
				record.fields().forEach((column, value) -> {
					Map<String, String> field = new LinkedHashMap<>();
					field.put("column", column);
					field.put("label", labels.field(record, column, locale));
					field.put("value", value);
					fields.add(field);
				});
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("activities", activities(group));
				row.put("table", record.table());
				row.put("kind", labels.kind(record, locale));
				row.put("fields", fields);
				records.add(row);
			}
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("name", overview.name());
		document.put("madeOn", overview.madeOn().toString());
		document.put("records", records);
		return document;
	}

	public static String csv(Overview overview, OverviewLabels labels, Locale locale) {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord("activities", "table", "kind", "column", "label", "value");
			for (Group group : overview.groups()) {
				for (PersonalRecord record : group.records()) {
					for (Map.Entry<String, String> field : record.fields().entrySet()) {
						printer.printRecord(String.join(" ", activities(group)), record.table(),
								labels.kind(record, locale), field.getKey(),
								labels.field(record, field.getKey(), locale),
								SpreadsheetCells.defused(field.getValue()));
					}
				}
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return csv.toString();
	}

	private static List<String> activities(Group group) {
		return group.activities().stream().map(Activity::id).toList();
	}

}
