package org.tutela.outreach;

import org.tutela.platform.problem.Conflict;

/**
 * A list that rests on consent takes only persons who consented themselves, never an
 * import.
 */
public class ConsentListImport extends Conflict {

	public ConsentListImport(String code) {
		super("consent-list-import", code);
	}

}
