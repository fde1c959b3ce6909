package org.tutela.dossiers;

import org.springframework.security.access.AccessDeniedException;

/**
 * The caller may not read or change this medical file: only the physician it is assigned
 * to and the head of that physician's department may (MEN-11). The refusal is in the
 * audit trail before this is thrown.
 */
public class FileRefused extends AccessDeniedException {

	public FileRefused() {
		super("this medical file is only for the physician it is assigned to and the head of the department");
	}

	/** For a file with other rules than a medical file's, named in {@code message}. */
	public FileRefused(String message) {
		super(message);
	}

}
