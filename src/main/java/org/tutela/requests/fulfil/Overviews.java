package org.tutela.requests.fulfil;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.tutela.people.Addressee;
import org.tutela.personaldata.PersonId;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.DeclaredColumn;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.register.Activity;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.requests.Overview;
import org.tutela.requests.Overview.Group;

/**
 * Builds the overview of an access request from the catalogue alone: every field of every
 * module's records about the person goes under the activities its declared purposes serve
 * in the pack, so that each datum stands with the why, the basis, the recipients and the
 * retention that apply to it; the groups follow the pack's order.
 */
@Component
public class Overviews {

	private final PersonalDataCatalogue catalogue;

	private final Register register;

	private final MailAddresses addresses;

	private final Clock clock;

	Overviews(PersonalDataCatalogue catalogue, Register register, MailAddresses addresses, Clock clock) {
		this.catalogue = catalogue;
		this.register = register;
		this.addresses = addresses;
		this.clock = clock;
	}

	public Overview of(PersonId person) {
		PolicyPack pack = this.register.pack();
		Map<List<Activity>, List<PersonalRecord>> byActivities = new LinkedHashMap<>();
		this.catalogue.export(person)
			.values()
			.forEach(records -> records.forEach(record -> split(record, pack).forEach((activities,
					part) -> byActivities.computeIfAbsent(activities, any -> new ArrayList<>()).add(part))));
		List<Group> groups = new ArrayList<>();
		byActivities.forEach((activities, records) -> groups.add(new Group(activities, records)));
		// The data serving the most activities, the person's own record, leads the first
		// activity's groups.
		groups.sort(Comparator.comparingInt((Group group) -> pack.activities().indexOf(group.activities().get(0)))
			.thenComparing(group -> -group.activities().size()));
		String name = this.addresses.of(person).map(Addressee::fullName).orElse("");
		return new Overview(name, LocalDate.now(this.clock), groups);
	}

	/**
	 * The record's fields by the activities their columns' purposes serve, each part a
	 * record of its own.
	 */
	private Map<List<Activity>, PersonalRecord> split(PersonalRecord record, PolicyPack pack) {
		Map<List<Activity>, Map<String, String>> fields = new LinkedHashMap<>();
		Map<List<Activity>, Set<String>> purposes = new LinkedHashMap<>();
		record.fields().forEach((column, value) -> {
			Set<String> served = this.catalogue.column(record.table(), column)
				.map(DeclaredColumn::purposes)
				.orElseThrow();
			List<Activity> activities = pack.activities()
				.stream()
				.filter(activity -> served.stream()
					.anyMatch(purpose -> pack.activitiesServing(purpose).contains(activity)))
				.toList();
			fields.computeIfAbsent(activities, any -> new LinkedHashMap<>()).put(column, value);
			purposes.computeIfAbsent(activities, any -> new TreeSet<>()).addAll(served);
		});
		Map<List<Activity>, PersonalRecord> parts = new LinkedHashMap<>();
		fields.forEach((activities, part) -> parts.put(activities,
				new PersonalRecord(record.table(), record.label(), purposes.get(activities), part)));
		return parts;
	}

}
