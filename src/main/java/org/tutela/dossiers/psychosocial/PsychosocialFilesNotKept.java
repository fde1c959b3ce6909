package org.tutela.dossiers.psychosocial;

import org.tutela.platform.problem.NotFound;

/**
 * The organisation's policy keeps no psychosocial files: there is nothing to register or
 * read.
 */
public class PsychosocialFilesNotKept extends NotFound {

	public PsychosocialFilesNotKept() {
		super("psychosocial-files-not-kept");
	}

}
