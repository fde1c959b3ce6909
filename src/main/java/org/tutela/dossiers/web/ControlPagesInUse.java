package org.tutela.dossiers.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.AbsenteeismControls;
import org.tutela.platform.dashboard.PagesNotInUse;

/** Where the policy keeps no absenteeism controls, their pages are not in the menu. */
@Component
class ControlPagesInUse implements PagesNotInUse {

	private final AbsenteeismControls controls;

	ControlPagesInUse(AbsenteeismControls controls) {
		this.controls = controls;
	}

	@Override
	public Set<String> paths() {
		return this.controls.offered() ? Set.of() : Set.of("/admin/controls", "/admin/departments");
	}

}
