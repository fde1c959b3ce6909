package org.tutela.outreach;

import java.util.List;

/**
 * What adding addresses to a list did: who was added, who was on it already, which
 * addresses are suppressed and were not added again, and which belong to nobody Tutela
 * knows.
 */
public record ImportReport(int added, int alreadyOn, List<String> suppressed, List<String> unknown) {

	public ImportReport {
		suppressed = List.copyOf(suppressed);
		unknown = List.copyOf(unknown);
	}

}
