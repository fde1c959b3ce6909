package org.tutela.catalog;

import org.tutela.platform.problem.Conflict;

/**
 * Another course already has this code; codes identify courses on invoices and
 * certificates.
 */
public class CourseCodeTaken extends Conflict {

	public CourseCodeTaken(String code) {
		super("course-code-taken", code);
	}

}
