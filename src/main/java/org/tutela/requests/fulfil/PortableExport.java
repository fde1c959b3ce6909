package org.tutela.requests.fulfil;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.tutela.platform.PersonalRecord;
import org.tutela.platform.SpreadsheetCells;
import org.tutela.requests.Overview.Group;
import org.tutela.requests.Overview;

/**
 * An overview in machine-readable form (GDPR Art. 20): a JSON document with a record per row,
 * each with its purpose, table, label and fields, and the same as CSV, one line per field.
 */
public final class PortableExport {

	private PortableExport() {
	}

	/** The JSON document as maps and lists, for the web layer's JSON writer. */
	public static Map<String, Object> json(Overview overview) {
		List<Map<String, Object>> records = new ArrayList<>();
		for (Group group : overview.groups()) {
			for (PersonalRecord record : group.records()) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("purpose", group.activity() == null ? "person" : group.activity());
				row.put("table", record.table());
				row.put("label", record.label());
				row.put("fields", record.fields());
				records.add(row);
			}
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("name", overview.name());
		document.put("madeOn", overview.madeOn().toString());
		document.put("records", records);
		return document;
	}

	public static String csv(Overview overview) {
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord("purpose", "table", "label", "field", "value");
			for (Group group : overview.groups()) {
				for (PersonalRecord record : group.records()) {
					for (Map.Entry<String, String> field : record.fields().entrySet()) {
						printer.printRecord(group.activity() == null ? "person" : group.activity(), record.table(),
								record.label() == null ? "" : record.label(), field.getKey(), SpreadsheetCells.defused(field.getValue()));
					}
				}
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return csv.toString();
	}

	/** A value a spreadsheet would run as a formula starts with a quote instead. */
}
