package org.tutela.register;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.ServedActivities;

/**
 * The catalogue's purposes under the active pack. At start-up, once every module has
 * declared its tables, a purpose the pack maps to no activity stops the start; the
 * register cannot ask for the declarations sooner, as the modules declaring them read the
 * pack themselves.
 */
@Component
class CataloguePurposes implements ServedActivities, SmartInitializingSingleton {

	private final Register register;

	private final PersonalDataCatalogue catalogue;

	CataloguePurposes(Register register, PersonalDataCatalogue catalogue) {
		this.register = register;
		this.catalogue = catalogue;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.register.checkServes(this.catalogue.purposes());
	}

	@Override
	public List<String> names(String purpose, Locale locale) {
		return this.register.pack()
			.activitiesServing(purpose)
			.stream()
			.map(activity -> activity.purpose().in(locale))
			.toList();
	}

	@Override
	public List<String> access(String purpose) {
		return this.register.pack()
			.activitiesServing(purpose)
			.stream()
			.flatMap(activity -> activity.access().stream())
			.distinct()
			.toList();
	}

}
