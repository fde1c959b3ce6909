package org.tutela.dossiers.web;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.AbsenteeismControls;
import org.tutela.dossiers.surveillance.HealthFiles;
import org.tutela.platform.dashboard.PagesNotInUse;

/**
 * Where the policy keeps no absenteeism controls, their pages are not in the menu; the
 * departments of physicians stay while health files are kept.
 */
@Component
class ControlPagesInUse implements PagesNotInUse {

	private final AbsenteeismControls controls;

	private final HealthFiles files;

	ControlPagesInUse(AbsenteeismControls controls, HealthFiles files) {
		this.controls = controls;
		this.files = files;
	}

	@Override
	public Set<String> paths() {
		Set<String> unused = new HashSet<>();
		if (!this.controls.offered()) {
			unused.add("/admin/controls");
			if (!this.files.offered()) {
				unused.add("/admin/departments");
			}
		}
		return unused;
	}

}
