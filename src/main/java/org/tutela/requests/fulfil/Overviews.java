package org.tutela.requests.fulfil;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.platform.PersonalDataCatalogue;
import org.tutela.platform.PersonalRecord;
import org.tutela.register.Activity;
import org.tutela.register.Register;
import org.tutela.register.RetentionRule;
import org.tutela.requests.Overview;
import org.tutela.requests.Overview.Group;

/**
 * Builds the overview of an access request from the catalogue alone: every module's records
 * about the person, each under the first activity of the pack (in the pack's order) its
 * purposes fall under, the person's own record (the people module's) first.
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

	public Overview of(UUID person) {
		List<PersonalRecord> own = new ArrayList<>();
		Map<String, List<PersonalRecord>> byActivity = new LinkedHashMap<>();
		this.register.pack().activities().forEach(activity -> byActivity.put(activity.id(), new ArrayList<>()));
		this.catalogue.export(person).forEach((module, records) -> records.forEach(record -> activityOf(module, record)
			.ifPresentOrElse(activity -> byActivity.get(activity.id()).add(record), () -> own.add(record))));
		List<Group> groups = new ArrayList<>();
		if (!own.isEmpty()) {
			groups.add(new Group(null, null, null, List.of(), List.of(), own));
		}
		byActivity.forEach((id, records) -> {
			if (!records.isEmpty()) {
				Activity activity = this.register.pack().activity(id).orElseThrow();
				groups.add(new Group(id, activity.purpose(), activity.basis(),
						activity.recipients().stream().map(recipient -> recipient.name()).toList(),
						activity.retention().stream().map(RetentionRule::toString).toList(), records));
			}
		});
		String name = this.addresses.of(person).map(Addressee::fullName).orElse("");
		return new Overview(name, LocalDate.now(this.clock), groups);
	}

	/** The person's own record, held by the people module, serves every purpose: it stands first, on its own. */
	private Optional<Activity> activityOf(String module, PersonalRecord record) {
		if (module.equals("people")) {
			return Optional.empty();
		}
		return this.register.pack()
			.activities()
			.stream()
			.filter(activity -> record.purposes().stream().anyMatch(purpose -> this.register.pack().activityServing(purpose)
				.filter(mapped -> mapped.id().equals(activity.id()))
				.isPresent()))
			.findFirst();
	}

}
