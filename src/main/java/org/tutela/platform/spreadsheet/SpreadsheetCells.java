package org.tutela.platform.spreadsheet;

/**
 * Values written to a CSV file people open in a spreadsheet: one that starts like a
 * formula ({@code = + - @}) is prefixed with an apostrophe, so it is shown and never run
 * (OWASP, CSV injection).
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	public static String defused(String value) {
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

}
