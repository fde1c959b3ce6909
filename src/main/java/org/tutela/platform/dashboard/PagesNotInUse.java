package org.tutela.platform.dashboard;

import java.util.Set;

/**
 * Back-office pages a module keeps out of the menu while the organisation's policy does
 * not use them: the medical-inspection pages of a training company.
 */
public interface PagesNotInUse {

	/** The menu addresses to leave out now. */
	Set<String> paths();

}
