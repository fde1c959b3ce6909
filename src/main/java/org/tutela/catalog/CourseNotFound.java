package org.tutela.catalog;

import org.tutela.platform.problem.NotFound;

/** No course has the given id. */
public class CourseNotFound extends NotFound {

	public CourseNotFound(CourseId id) {
		super("course-not-found", id.toString());
	}

}
