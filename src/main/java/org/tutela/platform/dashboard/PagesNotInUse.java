package org.tutela.platform.dashboard;

import java.util.Set;

/**
 * Pages a module keeps out of the menus, the back office's and the public site's, while
 * the organisation's policy does not use them: the medical-inspection pages of a training
 * company, the vacancies where no job applications are kept.
 */
public interface PagesNotInUse {

	/** The menu addresses to leave out now. */
	Set<String> paths();

}
