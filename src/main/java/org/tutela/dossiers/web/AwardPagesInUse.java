package org.tutela.dossiers.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.dossiers.Awards;
import org.tutela.platform.dashboard.PagesNotInUse;

/** Where the policy keeps no award candidacies, their pages are not in the menu. */
@Component
class AwardPagesInUse implements PagesNotInUse {

	private final Awards awards;

	AwardPagesInUse(Awards awards) {
		this.awards = awards;
	}

	@Override
	public Set<String> paths() {
		return this.awards.offered() ? Set.of() : Set.of("/admin/awards");
	}

}
