package org.tutela.dossiers.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.surveillance.HealthFiles;
import org.tutela.platform.dashboard.PagesNotInUse;

/** Where the policy keeps no health surveillance, its pages are not in the menu. */
@Component
class HealthFilePagesInUse implements PagesNotInUse {

	private final HealthFiles files;

	HealthFilePagesInUse(HealthFiles files) {
		this.files = files;
	}

	@Override
	public Set<String> paths() {
		return this.files.offered() ? Set.of() : Set.of("/admin/health-files", "/admin/workstations");
	}

}
