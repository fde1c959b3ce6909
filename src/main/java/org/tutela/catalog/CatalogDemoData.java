package org.tutela.catalog;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.platform.DemoData;

/** A catalogue as a Belgian training provider might offer it, in its three languages. */
@Component
class CatalogDemoData implements DemoData {

	private static final List<NewCourse> COURSES = List.of(
			new NewCourse("VCA-BASIS", "Basisveiligheid VCA", "nl", true),
			new NewCourse("EHBO-WERK", "Eerste hulp op de werkvloer", "nl", false),
			new NewCourse("MILCO-BASIS", "Milieucoördinator basis", "nl", true),
			new NewCourse("SECOURS-ENT", "Secouriste d'entreprise", "fr", true),
			new NewCourse("PREV-NIV3", "Conseiller en prévention niveau III", "fr", false),
			new NewCourse("FIRE-WARDEN", "Fire warden in the workplace", "en", false));

	private final CourseCatalog catalog;

	CatalogDemoData(CourseCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void load() {
		COURSES.forEach(this.catalog::store);
	}

}
