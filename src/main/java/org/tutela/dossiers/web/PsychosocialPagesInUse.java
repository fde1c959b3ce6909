package org.tutela.dossiers.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.psychosocial.PsychosocialCases;
import org.tutela.platform.dashboard.PagesNotInUse;

/** Where the policy keeps no psychosocial files, their pages are not in the menu. */
@Component
class PsychosocialPagesInUse implements PagesNotInUse {

	private final PsychosocialCases cases;

	PsychosocialPagesInUse(PsychosocialCases cases) {
		this.cases = cases;
	}

	@Override
	public Set<String> paths() {
		return this.cases.offered() ? Set.of() : Set.of("/admin/psychosocial");
	}

}
