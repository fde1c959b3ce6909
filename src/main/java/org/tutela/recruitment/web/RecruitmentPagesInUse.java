package org.tutela.recruitment.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.platform.dashboard.PagesNotInUse;
import org.tutela.recruitment.Vacancies;

/**
 * Where the policy takes no job applications, their pages are in neither menu: the back
 * office's, nor the public site's vacancies.
 */
@Component
class RecruitmentPagesInUse implements PagesNotInUse {

	private final Vacancies vacancies;

	RecruitmentPagesInUse(Vacancies vacancies) {
		this.vacancies = vacancies;
	}

	@Override
	public Set<String> paths() {
		return this.vacancies.offered() ? Set.of() : Set.of("/admin/recruitment", "/jobs");
	}

}
