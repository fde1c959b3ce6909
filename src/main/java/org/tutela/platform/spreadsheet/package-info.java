/**
 * Spreadsheet cells defused against formulas, for every CSV export.
 */
@org.springframework.modulith.NamedInterface("spreadsheet")
package org.tutela.platform.spreadsheet;
